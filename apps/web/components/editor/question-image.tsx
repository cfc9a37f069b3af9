"use client";

import { useEffect, useRef, useState, type DragEvent } from "react";
import { imageUrl, QUESTION_LIMITS, type QuestionDraft } from "@lousa/protocol";
import { useI18n } from "../../lib/i18n";
import { UPLOAD_ACCEPT, UPLOAD_MAX_MB, uploadImage } from "../../lib/image-upload";
import { FieldIssues, invalidProps } from "./field-issues";
import type { IssueField } from "./issues";
import styles from "./editor.module.css";
import media from "./media.module.css";

type Upload = { readonly state: "idle" } | { readonly state: "uploading" } | { readonly state: "failed"; readonly message: string };

export interface QuestionImageProps {
  readonly question: QuestionDraft;
  readonly index: number;
  onChange(question: QuestionDraft): void;
  issuesAt(field: IssueField): readonly string[];
  /** The editor's toast: says it, and offers undo. */
  announce(text: string, undo?: () => void): void;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

/**
 * A question's picture: choose a file (or drop one on the box), it uploads at once and the thumbnail
 * shows; then its description (required: the schema's IMAGE_ALT_EMPTY is shown here) and whether
 * phones show it too. Replace and remove are there too; a removal can be undone from the toast.
 */
export function QuestionImage({ question, index, onChange, issuesAt, announce }: QuestionImageProps) {
  const { t, error } = useI18n();
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const [dragging, setDragging] = useState(false);
  const id = (part: string) => `editor-q${index}-${part}`;
  // The upload takes a moment, and the teacher may keep typing meanwhile: its result goes on the question
  // as it is then, not as it was when the upload began.
  const latest = useRef(question);
  latest.current = question;
  const mounted = useRef(true);
  const focusAlt = useRef(false);
  useEffect(() => () => void (mounted.current = false), []);
  useEffect(() => {
    if (!focusAlt.current) return;
    focusAlt.current = false;
    document.getElementById(id("image-alt"))?.focus();
  });

  async function send(file: File) {
    setUpload({ state: "uploading" });
    const r = await uploadImage(file);
    if (!mounted.current) return;
    if (!r.ok) return setUpload({ state: "failed", message: error(r.error) });
    setUpload({ state: "idle" });
    const before = latest.current.image;
    // A replaced picture keeps its description and phone setting (often a better copy of the same
    // picture); the focus goes to the description either way, to check it still fits.
    onChange({ ...latest.current, image: { id: r.data.id, width: r.data.width, height: r.data.height, alt: before?.alt ?? "", onPhones: before?.onPhones ?? true } });
    focusAlt.current = true;
  }

  function remove() {
    const before = latest.current;
    const { image: _removed, ...rest } = before;
    onChange(rest);
    announce(t("media.image.removed", { i: index + 1 }), () => onChange(before));
  }

  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && upload.state !== "uploading") void send(file);
  };

  const image = question.image;
  const altMessages = issuesAt("image-alt");
  const imageMessages = issuesAt("image");
  const busy = upload.state === "uploading";
  return (
    <fieldset
      className={`${media.image} ${dragging ? media.dropping : ""}`}
      aria-busy={busy}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget instanceof Node ? e.relatedTarget : null)) setDragging(false);
      }}
      onDrop={onDrop}
      data-testid={`q${index}-image`}
    >
      <legend>{t("media.image.legend")}</legend>
      <div className={media.imageRow}>
        {image && (
          // The phone-sized copy: small to load, and the size the editor shows it at anyway.
          <img className={media.thumb} src={imageUrl(image.id, "phone")} alt={image.alt} width={image.width} height={image.height} data-testid={`q${index}-image-thumb`} />
        )}
        <div className={media.imageTools}>
          <div className={media.imageButtons}>
            <label className={`button ${media.fileButton} ${busy ? media.fileButtonBusy : ""}`}>
              {t(image ? "media.image.replace" : "media.image.choose")}
              <input
                id={id("image-file")}
                className={styles.srOnly}
                type="file"
                accept={UPLOAD_ACCEPT}
                disabled={busy}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  // Cleared at once, so choosing the same file again (after fixing it) uploads again.
                  e.target.value = "";
                  if (file) void send(file);
                }}
                data-testid={`q${index}-image-file`}
                {...invalidProps(imageMessages, id("image-issues"))}
              />
            </label>
            {image && (
              <button type="button" className="button" onClick={remove} disabled={busy} data-testid={`q${index}-image-remove`}>
                {t("media.image.remove")}
              </button>
            )}
          </div>
          <p className={styles.hint}>{dragging ? t("media.image.dropHere") : image ? t("media.image.size", { width: image.width, height: image.height }) : t("media.image.drop", { mb: UPLOAD_MAX_MB })}</p>
          <p className={media.uploadStatus} role="status" data-testid={`q${index}-image-status`}>
            {busy ? t("media.image.uploading") : ""}
          </p>
          {upload.state === "failed" && (
            <p className="error" role="alert" data-testid={`q${index}-image-error`}>
              {upload.message}
            </p>
          )}
          <FieldIssues id={id("image-issues")} messages={imageMessages} />
        </div>
      </div>
      {image && (
        <div className={media.imageFields}>
          <label>
            {t("media.image.alt")}
            <input
              id={id("image-alt")}
              className="input"
              value={image.alt}
              maxLength={QUESTION_LIMITS.imageAlt + 50}
              required
              aria-required="true"
              onChange={(e) => onChange({ ...question, image: { ...image, alt: e.target.value } })}
              data-testid={`q${index}-image-alt`}
              aria-describedby={altMessages.length > 0 ? id("image-alt-issues") : id("image-alt-hint")}
              {...(altMessages.length > 0 ? { "aria-invalid": true } : {})}
            />
          </label>
          <FieldIssues id={id("image-alt-issues")} messages={altMessages} />
          <p className={styles.hint} id={id("image-alt-hint")}>
            {t("media.image.altHint")}
          </p>
          <label className={styles.checkRow}>
            <input id={id("image-onPhones")} type="checkbox" checked={image.onPhones} onChange={(e) => onChange({ ...question, image: { ...image, onPhones: e.target.checked } })} aria-describedby={id("image-onPhones-hint")} data-testid={`q${index}-image-on-phones`} />
            {t("media.image.onPhones")}
          </label>
          <p className={`${styles.hint} ${media.checkHint}`} id={id("image-onPhones-hint")}>
            {t("media.image.onPhonesHint")}
          </p>
        </div>
      )}
    </fieldset>
  );
}
