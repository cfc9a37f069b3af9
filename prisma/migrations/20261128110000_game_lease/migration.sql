-- Which server process runs a live game. Only used with several servers (PostgreSQL), and kept in the
-- SQLite schema too because both databases are generated from the same models.
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);
