/**
 * Question ids that built-in banks used once and never use again. A question that changes (what it asks,
 * its options or its key) gets a new id, and its old id comes here: past games and reports keep frozen
 * copies under the old id, so a new question under it would be mistaken for the one they played.
 * Add to this list; never take an id out of it.
 */
export const RETIRED_QUESTION_IDS: readonly string[] = [
  // Reframed for issue 12 ("built-in banks a teacher can trust"): docker-04 asked who really creates the
  // container (now docker-24: what the CLI does), docker-14 took a Dockerfile for a way to drive the Engine
  // (now docker-25), imagem-06 said overlay2 is the default storage driver (now imagem-23: what overlay2
  // and the containerd snapshotter share, OverlayFS).
  "docker-04",
  "docker-14",
  "imagem-06",
];
