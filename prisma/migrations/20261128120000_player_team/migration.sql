-- Team play: the team each student is in (0-based, null without teams).
ALTER TABLE "Player" ADD COLUMN "team" INTEGER;
