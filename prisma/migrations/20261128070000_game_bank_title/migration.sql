-- A game keeps its bank's title as it was when the game was created: renaming the bank later must not
-- rename past games in history and reports. Existing games take their bank's current title.
ALTER TABLE "Game" ADD COLUMN "bankTitle" TEXT NOT NULL DEFAULT '';
UPDATE "Game" SET "bankTitle" = COALESCE((SELECT "title" FROM "Bank" WHERE "Bank"."id" = "Game"."bankId"), '');
