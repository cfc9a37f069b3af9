"use client";

import { useParams } from "next/navigation";
import { BankEditor } from "../../../components/editor/bank-editor";
import { TeacherPage } from "../../../components/teacher/teacher-page";
import { useI18n } from "../../../lib/i18n";

export default function EditBankPage() {
  const { t } = useI18n();
  const params = useParams<{ bankId: string }>();
  return (
    <TeacherPage title={t("editor.edit")} wide>
      {/* key: another bank (after "Duplicar para editar" or saving a new one) starts a fresh editor. */}
      <BankEditor key={params.bankId} bankId={params.bankId} />
    </TeacherPage>
  );
}
