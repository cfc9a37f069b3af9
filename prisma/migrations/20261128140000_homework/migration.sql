-- Homework (issue 13): assignments, their students, attempts and answers (see prisma/schema.prisma).
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "bankId" TEXT NOT NULL,
    "bankTitle" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "identity" JSONB,
    "questions" JSONB NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "HomeworkStudent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "identifier" TEXT,
    "realName" TEXT,
    "classEntry" INTEGER,
    "identifierKey" TEXT,
    "tokenHash" TEXT NOT NULL,
    "deviceId" TEXT,
    "released" BOOLEAN NOT NULL DEFAULT false,
    "extraTime" TEXT,
    "noSpeedPenalty" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HomeworkStudent_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "HomeworkAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "openedAt" DATETIME,
    "score" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "totalResponseMs" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "HomeworkAttempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "HomeworkStudent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "HomeworkAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "attemptId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "choices" JSONB NOT NULL,
    "text" TEXT,
    "value" REAL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "streakBonus" INTEGER NOT NULL,
    "responseMs" INTEGER NOT NULL,
    "accommodated" BOOLEAN NOT NULL DEFAULT false,
    "answeredAt" DATETIME NOT NULL,
    CONSTRAINT "HomeworkAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "HomeworkAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "Assignment_code_key" ON "Assignment"("code");

CREATE INDEX "Assignment_ownerId_createdAt_idx" ON "Assignment"("ownerId", "createdAt");

CREATE INDEX "HomeworkStudent_tokenHash_idx" ON "HomeworkStudent"("tokenHash");

CREATE UNIQUE INDEX "HomeworkStudent_assignmentId_nicknameKey_key" ON "HomeworkStudent"("assignmentId", "nicknameKey");

CREATE UNIQUE INDEX "HomeworkStudent_assignmentId_classEntry_key" ON "HomeworkStudent"("assignmentId", "classEntry");

CREATE UNIQUE INDEX "HomeworkStudent_assignmentId_identifierKey_key" ON "HomeworkStudent"("assignmentId", "identifierKey");

CREATE INDEX "HomeworkAttempt_assignmentId_idx" ON "HomeworkAttempt"("assignmentId");

CREATE UNIQUE INDEX "HomeworkAttempt_studentId_number_key" ON "HomeworkAttempt"("studentId", "number");

CREATE UNIQUE INDEX "HomeworkAnswer_attemptId_questionIndex_key" ON "HomeworkAnswer"("attemptId", "questionIndex");

