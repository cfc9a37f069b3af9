-- Identity for grading: what the host asks players for at join, and what each player gave.
ALTER TABLE "Game" ADD COLUMN "identity" JSONB;
ALTER TABLE "Player" ADD COLUMN "identifier" TEXT;
ALTER TABLE "Player" ADD COLUMN "realName" TEXT;
