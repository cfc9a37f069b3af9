-- Pictures on questions: each upload is stored re-encoded in a projector and a phone size. No foreign
-- key to User (pictures outlive their owner's account in banks that were shared or duplicated).
CREATE TABLE "Image" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "phoneBytes" BLOB NOT NULL,
    "phoneWidth" INTEGER NOT NULL,
    "phoneHeight" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Image_ownerId_createdAt_idx" ON "Image"("ownerId", "createdAt");
