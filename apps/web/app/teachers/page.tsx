"use client";

import { TeacherPage } from "../../components/teacher/teacher-page";
import { TeachersView } from "../../components/teacher/teachers-view";
import { useI18n } from "../../lib/i18n";

export default function TeachersPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("teacher.teachers.title")} wide>
      <TeachersView />
    </TeacherPage>
  );
}
