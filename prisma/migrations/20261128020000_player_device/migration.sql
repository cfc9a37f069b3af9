-- A kicked player's device may not rejoin under another name unless the host allows it.
ALTER TABLE "Player" ADD COLUMN "deviceId" TEXT;
CREATE INDEX "Player_gameId_deviceId_idx" ON "Player"("gameId", "deviceId");
