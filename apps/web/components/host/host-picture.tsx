"use client";

import type { QuestionImage } from "@lousa/game";
import { imageUrl } from "@lousa/protocol";
import styles from "./host-play.module.css";

/**
 * A question's picture on the projector (the projector-size file), scaled to fit its box without
 * cropping. Width and height come from the view, so the layout is right before the file arrives.
 */
export function HostPicture({ image, size }: { image: QuestionImage; size: "large" | "small" }) {
  return (
    <figure className={`${styles.picture} ${size === "large" ? styles.pictureLarge : styles.pictureSmall}`} data-testid="host-picture">
      <img className={styles.pictureImg} src={imageUrl(image.id)} alt={image.alt} width={image.width} height={image.height} />
    </figure>
  );
}
