"use client";

import { LibraryView } from "../../components/library/library-view";
import { TeacherPage } from "../../components/teacher/teacher-page";
import { useI18n } from "../../lib/i18n";

export default function LibraryPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("library.title")} wide>
      <LibraryView />
    </TeacherPage>
  );
}
