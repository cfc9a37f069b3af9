"use client";

import { useParams } from "next/navigation";
import { AssignmentView } from "../../../components/homework/assignment-view";
import { TeacherPage } from "../../../components/teacher/teacher-page";
import { useI18n } from "../../../lib/i18n";

export default function AssignmentPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  return (
    <TeacherPage title={t("assign.detail.title")} wide>
      <AssignmentView key={params.id} id={params.id} />
    </TeacherPage>
  );
}
