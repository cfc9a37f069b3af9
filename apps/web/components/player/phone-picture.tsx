"use client";

import { useState } from "react";
import type { QuestionImage } from "@lousa/game";
import { imageUrl } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import styles from "./phone-picture.module.css";

/**
 * A question's picture on the phone (the phone-size file), above the answer controls: its height is capped
 * so it never pushes them off a small screen, and a tap shows it full screen (a tap closes it again).
 * Width and height come from the view so the page doesn't jump when the file arrives.
 */
export function PhonePicture({ image }: { image: QuestionImage }) {
  const { t } = useI18n();
  const [big, setBig] = useState(false);
  const src = imageUrl(image.id, "phone");
  return (
    <figure className={styles.frame} data-testid="phone-picture">
      <button type="button" className={styles.open} onClick={() => setBig(true)} aria-label={t("player.picture.enlarge")}>
        <img className={styles.img} src={src} alt={image.alt} width={image.width} height={image.height} decoding="async" />
      </button>
      {big && (
        <button type="button" className={styles.overlay} onClick={() => setBig(false)} aria-label={t("player.picture.close")} data-testid="phone-picture-big">
          <img className={styles.big} src={src} alt={image.alt} width={image.width} height={image.height} />
        </button>
      )}
    </figure>
  );
}
