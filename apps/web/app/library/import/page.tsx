"use client";

import { ImportView } from "../../../components/import/import-view";
import { TeacherPage } from "../../../components/teacher/teacher-page";
import { useI18n } from "../../../lib/i18n";

export default function ImportPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("import.title")} wide>
      <ImportView />
    </TeacherPage>
  );
}
