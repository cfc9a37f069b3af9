-- Which server process runs a live game, with several servers (apps/server/src/cluster). Every write of
-- a live game starts with a fence on its row (packages/db/src/prisma-game-repository.ts).
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GameLease_pkey" PRIMARY KEY ("gameId")
);
