import { crc32 } from "node:zlib";
import sharp from "sharp";
import { IMAGE_LIMITS, imageUploadResponseSchema, imageUrl, type ImageRef } from "@lousa/protocol";
import { startTestServer, type TestServer } from "../helpers/test-server";

// Each upload decodes and encodes two WebP versions: about a second on a busy 2-core machine.
jest.setTimeout(60_000);

let server: TestServer;
let cookie = "";
beforeAll(async () => {
  server = await startTestServer();
  cookie = await server.teacherCookie();
});
afterAll(() => server.stop());

/** An upload from the editor: the teacher's cookie, the Origin a browser sends with a POST, the file's type. */
function upload(body: Uint8Array, type: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/images`, { method: "POST", headers: { cookie, origin: server.url, "content-type": type, ...headers }, body });
}

async function uploaded(body: Uint8Array, type: string): Promise<ImageRef> {
  const res = await upload(body, type);
  expect(res.status).toBe(201);
  return imageUploadResponseSchema.parse(await res.json()).image;
}

/** A served version, read back with sharp (all frames of an animation). */
async function served(id: string, size: "projector" | "phone") {
  const res = await fetch(`${server.url}${imageUrl(id, size)}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/webp");
  const bytes = Buffer.from(await res.arrayBuffer());
  const meta = await sharp(bytes, { animated: true }).metadata();
  return { res, meta, frameHeight: meta.pageHeight ?? meta.height };
}

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#3366cc" } });

describe("picture upload over HTTP", () => {
  it("re-encodes a large PNG to WebP inside the projector's box and the phones' box", async () => {
    const png = await solid(2400, 1800).png().toBuffer();
    const image = await uploaded(png, "image/png");
    expect(image).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), width: 1600, height: 1200 });
    const projector = await served(image.id, "projector");
    expect([projector.meta.format, projector.meta.width, projector.meta.height]).toEqual(["webp", 1600, 1200]);
    const phone = await served(image.id, "phone");
    expect([phone.meta.width, phone.meta.height]).toEqual([720, 540]);
    expect(await server.repos.images.dimensions([image.id, "AAAAAAAAAAAAAAAAAAAAAA"])).toEqual(new Map([[image.id, { width: 1600, height: 1200 }]]));
  });

  it("turns a phone photo upright by its EXIF orientation and drops its metadata (GPS position included)", async () => {
    // 3000×1000 as stored by the camera, Orientation 6: the photo is really 1000×3000 (portrait).
    const photo = await solid(3000, 1000)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "Phone", Model: "Camera 1" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "23/1 33/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "46/1 38/1 0/1" } })
      .toBuffer();
    const original = await sharp(photo).metadata();
    expect(original.orientation).toBe(6);
    expect(original.exif?.toString("latin1")).toContain("Phone");
    // The GPS IFD pointer (tag 0x8825, either byte order): the upload really carries a position.
    const gpsTag = (exif: Buffer | undefined) => exif !== undefined && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
    expect(gpsTag(original.exif)).toBe(true);
    const image = await uploaded(photo, "image/jpeg");
    expect([image.width, image.height]).toEqual([400, 1200]);
    for (const size of ["projector", "phone"] as const) {
      const { meta } = await served(image.id, size);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect([meta.width, meta.height]).toEqual(size === "phone" ? [240, 720] : [400, 1200]);
    }
  });

  it("never enlarges a small WebP", async () => {
    const webp = await solid(300, 200).webp().toBuffer();
    const image = await uploaded(webp, "image/webp");
    expect([image.width, image.height]).toEqual([300, 200]);
    const phone = await served(image.id, "phone");
    expect([phone.meta.width, phone.meta.height]).toEqual([300, 200]);
  });

  it("keeps an animated GIF animated (as animated WebP), frames resized one by one", async () => {
    const frames = await Promise.all(["#ff0000", "#00ff00", "#0000ff"].map((c) => sharp({ create: { width: 1000, height: 500, channels: 3, background: c } }).raw().toBuffer()));
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 1000, height: 1500, channels: 3, pageHeight: 500 } })
      .gif({ delay: [200, 200, 200], loop: 0 })
      .toBuffer();
    const image = await uploaded(gif, "image/gif");
    expect([image.width, image.height]).toEqual([1000, 500]);
    const projector = await served(image.id, "projector");
    expect([projector.meta.format, projector.meta.pages, projector.meta.width, projector.frameHeight]).toEqual(["webp", 3, 1000, 500]);
    const phone = await served(image.id, "phone");
    expect([phone.meta.pages, phone.meta.width, phone.frameHeight]).toEqual([3, 720, 360]);
  });

  it("serves pictures to anyone, cached for good, with an ETag that answers 304", async () => {
    const image = await uploaded(await solid(64, 48).png().toBuffer(), "image/png");
    const { res } = await served(image.id, "projector");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}${imageUrl(image.id)}`, { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
    const phoneTag = (await served(image.id, "phone")).res.headers.get("etag");
    expect(phoneTag).not.toBe(etag);
  });
});

describe("what the upload refuses", () => {
  const png = () => solid(800, 600).png().toBuffer();

  it("a signed-out upload (401) and one from another site (403)", async () => {
    const signedOut = await fetch(`${server.url}/api/images`, { method: "POST", headers: { "content-type": "image/png" }, body: await png() });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ ok: false, error: { code: "NOT_SIGNED_IN" } });
    expect((await upload(await png(), "image/png", { origin: "https://evil.example" })).status).toBe(403);
  });

  it("a text file, and a PNG sent as a JPEG", async () => {
    const text = await upload(new TextEncoder().encode("just some notes, not a picture"), "text/plain");
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ ok: false, error: { code: "IMAGE_UNSUPPORTED" } });
    const disguised = await upload(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"), "image/png");
    expect(await disguised.json()).toMatchObject({ error: { code: "IMAGE_UNSUPPORTED" } });
    const mismatch = await upload(await png(), "image/jpeg");
    expect(mismatch.status).toBe(415);
    expect(await mismatch.json()).toMatchObject({ ok: false, error: { code: "IMAGE_TYPE_MISMATCH" } });
  });

  it("a file over 8 MB (413), and the server still answers afterwards", async () => {
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    big.set(await png());
    const res = await upload(big, "image/png");
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: "IMAGE_TOO_LARGE" } });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await uploaded(await png(), "image/png");
  });

  it("a truncated PNG or JPEG (400 IMAGE_UNREADABLE)", async () => {
    for (const [whole, type] of [[await png(), "image/png"], [await solid(800, 600).jpeg().toBuffer(), "image/jpeg"]] as const) {
      const res = await upload(whole.subarray(0, Math.floor(whole.length / 2)), type);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: "IMAGE_UNREADABLE" } });
    }
  });

  it("a pixel bomb: a 112-byte PNG whose header says 20000×20000 (400 IMAGE_TOO_MANY_PIXELS)", async () => {
    const bomb = Buffer.from(await solid(64, 64).png().toBuffer());
    // IHDR is the first chunk: width and height at bytes 16 and 20, its CRC (over type + data) at 29.
    bomb.writeUInt32BE(20000, 16);
    bomb.writeUInt32BE(20000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    const res = await upload(bomb, "image/png");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: "IMAGE_TOO_MANY_PIXELS" } });
  });

  it("an unknown id and a malformed one (404), and an unknown size (400)", async () => {
    for (const path of ["/api/images/AAAAAAAAAAAAAAAAAAAAAA", "/api/images/AAAAAAAAAAAAAAAAAAAAAA?size=phone", "/api/images/not-an-id", "/api/images/..%2F..%2Fetc%2Fpasswd"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toMatchObject({ ok: false, error: { code: "IMAGE_NOT_FOUND" } });
    }
    const image = await uploaded(await solid(10, 10).png().toBuffer(), "image/png");
    const badSize = await fetch(`${server.url}/api/images/${image.id}?size=huge`);
    expect(badSize.status).toBe(400);
  });
});
