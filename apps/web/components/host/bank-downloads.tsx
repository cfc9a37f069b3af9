"use client";

import { useI18n } from "../../lib/i18n";

/** The formats a bank can be downloaded in, with the name a teacher knows them by. */
const FORMATS = [
  { id: "gift", label: "GIFT (Moodle)" },
  { id: "moodle-xml", label: "Moodle XML" },
  { id: "aiken", label: "Aiken" },
  { id: "kahoot-xlsx", label: "Kahoot (xlsx)" },
  { id: "lousa-xlsx", label: "Excel (xlsx)" },
  { id: "lousa-csv", label: "CSV" },
] as const;

/** Links that download the chosen bank for Moodle, Kahoot or a spreadsheet, in the page's language. */
export function BankDownloads({ bankId }: { bankId: string }) {
  const { t, locale } = useI18n();
  return (
    <p className="bank-downloads" data-testid="bank-downloads">
      <span className="muted">{t("host.setup.download")}</span>{" "}
      {FORMATS.map((f, i) => (
        <span key={f.id}>
          {i > 0 && " · "}
          <a href={`/api/banks/${encodeURIComponent(bankId)}/export?format=${f.id}&locale=${locale}`} download data-testid={`download-bank-${f.id}`}>
            {f.label}
          </a>
        </span>
      ))}
    </p>
  );
}
