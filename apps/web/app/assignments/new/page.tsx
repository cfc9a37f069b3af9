"use client";

import { AssignmentForm } from "../../../components/homework/assignment-form";
import { TeacherPage } from "../../../components/teacher/teacher-page";
import { useI18n } from "../../../lib/i18n";

export default function NewAssignmentPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("assign.new.title")}>
      <AssignmentForm />
    </TeacherPage>
  );
}
