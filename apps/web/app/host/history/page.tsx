import { HistoryPage } from "../../../components/report/history-page";

export default function Page() {
  return <HistoryPage />;
}
