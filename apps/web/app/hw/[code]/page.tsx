import { HomeworkPhone } from "../../../components/homework/homework-phone";

export default async function HomeworkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return <HomeworkPhone code={code} />;
}
