"use client";

import { BankEditor } from "../../../components/editor/bank-editor";
import { TeacherPage } from "../../../components/teacher/teacher-page";
import { useI18n } from "../../../lib/i18n";

export default function NewBankPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("editor.new")} wide>
      <BankEditor bankId={null} />
    </TeacherPage>
  );
}
