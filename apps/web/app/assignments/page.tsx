"use client";

import { AssignmentList } from "../../components/homework/assignment-list";
import { TeacherPage } from "../../components/teacher/teacher-page";
import { useI18n } from "../../lib/i18n";

export default function AssignmentsPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("assign.list.title")} wide>
      <AssignmentList />
    </TeacherPage>
  );
}
