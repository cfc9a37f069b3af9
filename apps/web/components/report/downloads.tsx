"use client";

import { useI18n } from "../../lib/i18n";
import type { GradebookBlock } from "./gradebook";
import styles from "./report.module.css";

const WHY_ID = "gradebook-why";

/**
 * The report's downloads. The gradebook ones (Moodle, Google Classroom) need each student's identifier:
 * when they can't be offered the buttons stay disabled and the reason sits next to them, tied to them
 * with aria-describedby, with how to fix it for the next game and for this one. `fixable`: a live game,
 * whose identifiers can be typed in afterwards and which has a full JSON archive (an assignment has neither).
 */
export function Downloads({ block, gameOver, fixable, onDownload, onAddIdentifiers }: { block: GradebookBlock | null; gameOver: boolean; fixable: boolean; onDownload: (file: string) => void; onAddIdentifiers: () => void }) {
  const { t } = useI18n();
  const gradebook = block === null ? {} : { disabled: true, "aria-describedby": WHY_ID };
  return (
    <section className="card" aria-labelledby="downloads-title">
      <div className="downloads">
        <strong id="downloads-title">{t("report.download")}:</strong>
        <button type="button" className="button button-primary" onClick={() => onDownload("export.xlsx")} data-testid="download-xlsx">
          {t("report.download.xlsx")}
        </button>
        <button type="button" className="button" onClick={() => onDownload("export.csv")} data-testid="download-report-csv">
          {t("report.download.csv")}
        </button>
        <button type="button" className="button" onClick={() => onDownload("moodle.csv")} data-testid="download-moodle" {...gradebook}>
          {t("report.download.moodle")}
        </button>
        <button type="button" className="button" onClick={() => onDownload("classroom.csv")} data-testid="download-classroom" {...gradebook}>
          {t("report.download.classroom")}
        </button>
        {fixable && (
          <button type="button" className="button" onClick={() => onDownload("archive.json")}>
            {t("report.download.json")}
          </button>
        )}
      </div>
      {block !== null && (
        <div className={styles.why} data-testid="gradebook-why">
          {block === "nothingToGrade" ? (
            <p id={WHY_ID}>{t("report.gradebook.nothingToGrade")}</p>
          ) : (
            <>
              {/* The buttons' description is the text; the fix button is not read as part of it. */}
              <div id={WHY_ID}>
                <p>
                  <strong>{t("report.gradebook.noIds")}</strong>
                </p>
                <ul>
                  <li>{t(fixable ? "report.gradebook.nextGame" : "report.gradebook.nextAssignment")}</li>
                  {fixable && <li>{gameOver ? t("report.gradebook.thisGame") : t("report.gradebook.thisGameLater")}</li>}
                </ul>
              </div>
              {gameOver && fixable && (
                <button type="button" className="button button-primary" onClick={onAddIdentifiers} data-testid="gradebook-add-ids">
                  {t("report.gradebook.add")}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
