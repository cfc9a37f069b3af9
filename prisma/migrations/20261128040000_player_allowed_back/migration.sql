-- The host let a kicked player's device join again: kept across restarts like every other host decision.
ALTER TABLE "Player" ADD COLUMN "allowedBack" BOOLEAN NOT NULL DEFAULT false;
