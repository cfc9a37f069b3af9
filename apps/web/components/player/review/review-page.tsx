"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { PlayerReview } from "@lousa/protocol";
import { fetchPlayerReview, type ApiError } from "../../../lib/api";
import { useI18n } from "../../../lib/i18n";
import { loadPlayerSeat } from "../../../lib/storage";
import { Brand } from "../../brand";
import { LangSwitch } from "../../lang-switch";
import { ordinal } from "../phone-format";
import { ReviewQuestionCard } from "./review-question";
import styles from "./review.module.css";

type Loaded = { readonly kind: "loading" } | { readonly kind: "no-seat" } | { readonly kind: "failed"; readonly error: ApiError } | { readonly kind: "ready"; readonly review: PlayerReview };

/**
 * A student's look back at a finished game, on the phone that played it: the rejoin token it keeps is
 * the key (no account). Until the teacher ends the game the server says GAME_NOT_OVER, and the page
 * says when to come back, with a button to try again.
 */
export function ReviewPage({ pin }: { pin: string }) {
  const { t, error, locale, number } = useI18n();
  const [state, setState] = useState<Loaded>({ kind: "loading" });

  const load = useCallback(async () => {
    const seat = loadPlayerSeat(pin);
    if (!seat) return setState({ kind: "no-seat" });
    setState({ kind: "loading" });
    const r = await fetchPlayerReview(seat.rejoinToken);
    setState(r.ok ? { kind: "ready", review: r.data } : { kind: "failed", error: r.error });
  }, [pin]);

  useEffect(() => {
    void load();
  }, [load]);

  let body: React.ReactNode;
  if (state.kind === "loading") {
    body = (
      <p className="card center" role="status">
        {t("review.loading")}
      </p>
    );
  } else if (state.kind === "no-seat" || state.kind === "failed") {
    body = (
      <div className="card center" data-testid="review-problem" data-code={state.kind === "failed" ? state.error.code : "no-seat"}>
        <p className="big-text" role="alert">
          {state.kind === "failed" ? error(state.error) : t("review.noSeat")}
        </p>
        {state.kind === "failed" && (
          <button type="button" className="button button-primary button-big" onClick={() => void load()} data-testid="review-retry">
            {t("review.retry")}
          </button>
        )}
        <Link className="button" href="/">
          {t("review.home")}
        </Link>
      </div>
    );
  } else {
    const r = state.review;
    body = (
      <>
        <div className={styles.top} data-testid="review-summary">
          <h1>{t("review.title")}</h1>
          <p className={styles.title}>{r.bankTitle}</p>
          <p className={styles.summary}>{t("review.summary", { n: number(r.correctCount), total: number(r.gradedCount), place: ordinal(locale, r.rank), players: number(r.playerCount) })}</p>
        </div>
        {r.questions.length === 0 ? (
          <p className="card">{t("review.empty")}</p>
        ) : (
          <ol className={styles.list} data-testid="review-list">
            {r.questions.map((q) => (
              <ReviewQuestionCard key={q.index} q={q} />
            ))}
          </ol>
        )}
        <Link className="button button-quiet" href="/">
          {t("review.home")}
        </Link>
      </>
    );
  }

  return (
    <main className="page page-player page-review" data-testid="review-page">
      <header className="topbar topbar-player">
        <Brand size="small" />
        <LangSwitch />
      </header>
      {body}
    </main>
  );
}
