import { ReportPage } from "../../../../components/report/report-page";

export default async function Page({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  return <ReportPage gameId={gameId} />;
}
