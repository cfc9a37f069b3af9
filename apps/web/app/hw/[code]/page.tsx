import { redirect } from "next/navigation";
import { HomeworkPhone } from "../../../components/homework/homework-phone";

/** A code as typed from the board: spaces around it and lower case don't matter (the server reads it so too). */
function canonicalCode(raw: string): string {
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded text: taken as it came.
  }
  return code.trim().toUpperCase();
}

export default async function HomeworkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const canonical = canonicalCode(code);
  // The address bar (and so a link copied from it, and the token this device keeps per code) shows the code
  // as the teacher's page writes it. Only a code of the link's alphabet is sent there (it reads back as
  // itself: no loop); anything else is shown as read, and the server says it names no homework.
  if (canonical !== code && /^[A-Z0-9]{10}$/.test(canonical)) redirect(`/hw/${canonical}`);
  return <HomeworkPhone code={canonical} />;
}
