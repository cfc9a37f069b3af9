-- Accommodations: a student's extra time (x1.5, x2, unlimited or null) and no speed penalty.
ALTER TABLE "Player" ADD COLUMN "extraTime" TEXT;
ALTER TABLE "Player" ADD COLUMN "noSpeedPenalty" BOOLEAN NOT NULL DEFAULT false;
-- Whether each answer was given with an accommodation (frozen when accepted, for the exports).
ALTER TABLE "Answer" ADD COLUMN "accommodated" BOOLEAN NOT NULL DEFAULT false;
