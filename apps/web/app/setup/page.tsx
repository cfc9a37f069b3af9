import { SetupForm } from "../../components/teacher/setup-form";

export default function SetupPage() {
  return <SetupForm />;
}
