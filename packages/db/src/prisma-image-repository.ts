import type { Db } from "./prisma-client";
import type { ImageRepository, NewImage, StoredImage, StoredImageSize } from "./image-repository";

/** SQLite's default cap on bound parameters is far above this; chunks keep one query's IN list modest. */
const IDS_PER_QUERY = 500;

export class PrismaImageRepository implements ImageRepository {
  constructor(private readonly db: Db) {}

  async save(image: NewImage): Promise<void> {
    // Prisma's Bytes columns take a Uint8Array backed by a plain ArrayBuffer; copying also detaches
    // the row from whatever larger buffer the encoder's output may be a view of.
    await this.db.image.create({
      data: { ...image, bytes: new Uint8Array(image.bytes), phoneBytes: new Uint8Array(image.phoneBytes) },
    });
  }

  async find(id: string, size: StoredImageSize): Promise<StoredImage | null> {
    if (size === "phone") {
      const row = await this.db.image.findUnique({ where: { id }, select: { id: true, mime: true, phoneWidth: true, phoneHeight: true, phoneBytes: true } });
      return row && { id: row.id, mime: row.mime, width: row.phoneWidth, height: row.phoneHeight, bytes: row.phoneBytes };
    }
    const row = await this.db.image.findUnique({ where: { id }, select: { id: true, mime: true, width: true, height: true, bytes: true } });
    return row && { id: row.id, mime: row.mime, width: row.width, height: row.height, bytes: row.bytes };
  }

  async dimensions(ids: readonly string[]): Promise<Map<string, { readonly width: number; readonly height: number }>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, { readonly width: number; readonly height: number }>();
    for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
      const rows = await this.db.image.findMany({ where: { id: { in: unique.slice(i, i + IDS_PER_QUERY) } }, select: { id: true, width: true, height: true } });
      for (const row of rows) found.set(row.id, { width: row.width, height: row.height });
    }
    return found;
  }
}
