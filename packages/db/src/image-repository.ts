/** A picture to store: both versions already re-encoded by the server. */
export interface NewImage {
  /** Random and unguessable (see IMAGE_ID_PATTERN in @lousa/protocol); the caller draws it. */
  readonly id: string;
  /** The teacher (User.id) who uploaded it. */
  readonly ownerId: string;
  /** The type both versions are encoded in, as served. */
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
  readonly phoneWidth: number;
  readonly phoneHeight: number;
  readonly phoneBytes: Uint8Array;
}

/** Which stored version: the projector's (full) or the phones' (smaller). */
export type StoredImageSize = "projector" | "phone";

/** One version of a stored picture, ready to send. */
export interface StoredImage {
  readonly id: string;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
}

/** Pictures attached to questions. Stored pictures never change: a new upload is a new id. */
export interface ImageRepository {
  save(image: NewImage): Promise<void>;
  /** One version of a picture (only that version's bytes are read), or null. */
  find(id: string, size: StoredImageSize): Promise<StoredImage | null>;
  /**
   * The projector size of each id that exists (ids not stored are absent from the map): what a bank
   * save checks its questions' picture ids against. Not limited to one owner: a shared or duplicated
   * bank refers to pictures another teacher uploaded.
   */
  dimensions(ids: readonly string[]): Promise<Map<string, { readonly width: number; readonly height: number }>>;
}
