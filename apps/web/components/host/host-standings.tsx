"use client";

import { useEffect, useState } from "react";
import type { LeaderboardEntry, TeamStanding } from "@lousa/game";
import { HostTeamStandings, HostTeamWinner } from "./host-teams";
import { useI18n } from "../../lib/i18n";
import { rowMoves } from "./leader-moves";

/**
 * The order of the last scoreboard shown on this screen, so the next one can move each row from its old
 * place to its new one (the view carries no previous rank; after a reload the rows just come in).
 */
let lastShown: readonly string[] = [];

function LeaderRow({ entry, from }: { entry: LeaderboardEntry; from?: number | "new" }) {
  const { number } = useI18n();
  // FLIP without measuring: rows are equal in height, so "n places lower" is n × (row + gap), in CSS.
  const style = typeof from === "number" && from !== 0 ? ({ "--from": from } as React.CSSProperties) : undefined;
  const motion = from === "new" ? "leader-new" : typeof from === "number" && from !== 0 ? "leader-moved" : "";
  return (
    <li className={`leader-row ${motion}`} style={style} data-testid={`leader-${entry.rank}`}>
      <span className="leader-rank">{entry.rank}</span>
      <span className="leader-name">{entry.nickname}</span>
      <span className="leader-score">{number(entry.score)}</span>
    </li>
  );
}

/** Top five after a question. */
export function HostLeaderboard({ top, teams, last, onNext, pacing = null }: { top: readonly LeaderboardEntry[]; teams: readonly TeamStanding[] | null; last: boolean; onNext(): void; pacing?: React.ReactNode }) {
  const { t } = useI18n();
  // Read once, when this scoreboard appears; remembered for the next one after it has shown.
  const [moves] = useState(() => rowMoves(lastShown, top.map((e) => e.playerId)));
  useEffect(() => {
    lastShown = top.map((e) => e.playerId);
  }, [top]);
  return (
    <section className="host-leaderboard" data-testid="host-leaderboard">
      <div className="question-head">
        <h1>{t("host.leaderboard.title")}</h1>
        <span className="spacer" />
        {pacing}
        <button type="button" className="button button-primary button-big" onClick={onNext} data-testid="host-next">
          {last ? t("host.leaderboard.finish") : t("host.leaderboard.next")}
        </button>
      </div>
      <div className={teams ? "leaderboard-split" : undefined}>
        <ol className="leaderboard">
          {top.map((e, i) => (
            <LeaderRow key={e.playerId} entry={e} from={moves[i]} />
          ))}
        </ol>
        {teams && <HostTeamStandings teams={teams} />}
      </div>
    </section>
  );
}

/** The end: first three on a podium, the next two below, and the results download. */
export function HostPodium({ top, teams, onDownload, downloading, reportHref }: { top: readonly LeaderboardEntry[]; teams: readonly TeamStanding[] | null; onDownload(): void; downloading: boolean; reportHref: string | null }) {
  const { t, number } = useI18n();
  const order = [top[1], top[0], top[2]];
  return (
    <section className="host-podium" data-testid="host-podium">
      <h1>{t("host.podium.title")}</h1>
      {teams && <HostTeamWinner teams={teams} />}
      <div className="podium">
        {order.map((e, i) =>
          e ? (
            <div key={e.playerId} className={`podium-step podium-${e.rank}`} data-testid={`podium-${e.rank}`}>
              <span className="podium-name">{e.nickname}</span>
              <span className="podium-score">{t("host.points", { n: number(e.score) })}</span>
              <div className="podium-block">{e.rank}</div>
            </div>
          ) : (
            <div key={`empty-${i}`} className="podium-step podium-empty" />
          ),
        )}
      </div>
      {top.length > 3 && (
        <ol className="leaderboard leaderboard-rest" start={4}>
          {top.slice(3).map((e) => (
            <LeaderRow key={e.playerId} entry={e} />
          ))}
        </ol>
      )}
      {teams && teams.length > 1 && <HostTeamStandings teams={teams} />}
      <div className="podium-actions">
        <button type="button" className="button button-primary button-big" onClick={onDownload} disabled={downloading} data-testid="download-csv">
          ⬇ {t("host.podium.download")}
        </button>
        {reportHref && (
          <a className="button button-big report-link" href={reportHref} data-testid="open-report">
            {t("host.podium.report")}
          </a>
        )}
        <a className="button" href="/host">
          {t("host.podium.newGame")}
        </a>
      </div>
    </section>
  );
}
