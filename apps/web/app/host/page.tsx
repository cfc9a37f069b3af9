"use client";

import { HostSetup } from "../../components/host/host-setup";
import { TeacherPage } from "../../components/teacher/teacher-page";
import { useI18n } from "../../lib/i18n";

export default function HostSetupPage() {
  const { t } = useI18n();
  return (
    <TeacherPage title={t("host.setup.title")}>
      <HostSetup />
    </TeacherPage>
  );
}
