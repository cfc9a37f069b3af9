"use client";

import { AccountView } from "../../components/teacher/account-view";
import { TeacherPage } from "../../components/teacher/teacher-page";
import { useI18n } from "../../lib/i18n";

export default function AccountPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("teacher.account.title")}>
      <AccountView />
    </TeacherPage>
  );
}
