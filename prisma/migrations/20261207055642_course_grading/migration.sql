-- AlterTable
ALTER TABLE "User" ADD COLUMN "displayName" TEXT;
ALTER TABLE "User" ADD COLUMN "studentId" TEXT;

-- CreateTable
CREATE TABLE "DueDateExtension" (
    "problemSetId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("problemSetId", "learnerId"),
    CONSTRAINT "DueDateExtension_problemSetId_fkey" FOREIGN KEY ("problemSetId") REFERENCES "ProblemSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GradeOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "problemSetId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "score" REAL,
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GradeOverride_problemSetId_fkey" FOREIGN KEY ("problemSetId") REFERENCES "ProblemSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubmissionComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubmissionComment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Regrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "problemSetId" TEXT NOT NULL,
    "startedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Regrade_problemSetId_fkey" FOREIGN KEY ("problemSetId") REFERENCES "ProblemSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegradeChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regradeId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "oldVerdict" TEXT NOT NULL,
    "newVerdict" TEXT NOT NULL,
    "oldPassed" INTEGER NOT NULL,
    "newPassed" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    CONSTRAINT "RegradeChange_regradeId_fkey" FOREIGN KEY ("regradeId") REFERENCES "Regrade" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegradeChange_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Exercise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "functionName" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "gradedHash" TEXT NOT NULL DEFAULT '',
    "isAvailable" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Exercise" ("contentHash", "difficulty", "functionName", "id", "isAvailable", "position", "slug", "title", "track", "updatedAt") SELECT "contentHash", "difficulty", "functionName", "id", "isAvailable", "position", "slug", "title", "track", "updatedAt" FROM "Exercise";
DROP TABLE "Exercise";
ALTER TABLE "new_Exercise" RENAME TO "Exercise";
CREATE UNIQUE INDEX "Exercise_slug_key" ON "Exercise"("slug");
CREATE TABLE "new_ProblemSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "opensAt" DATETIME,
    "dueAt" DATETIME,
    "revealFailingCase" TEXT NOT NULL DEFAULT 'always',
    "submitIntervalSeconds" INTEGER NOT NULL DEFAULT 0,
    "requireRobust" BOOLEAN NOT NULL DEFAULT false,
    "isExam" BOOLEAN NOT NULL DEFAULT false,
    "scoring" TEXT NOT NULL DEFAULT 'all_or_nothing',
    "latePolicy" TEXT NOT NULL DEFAULT 'accept',
    "latePenaltyPercent" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProblemSet_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProblemSet" ("courseId", "createdAt", "description", "dueAt", "id", "isExam", "opensAt", "requireRobust", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt") SELECT "courseId", "createdAt", "description", "dueAt", "id", "isExam", "opensAt", "requireRobust", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt" FROM "ProblemSet";
DROP TABLE "ProblemSet";
ALTER TABLE "new_ProblemSet" RENAME TO "ProblemSet";
CREATE INDEX "ProblemSet_courseId_idx" ON "ProblemSet"("courseId");
CREATE TABLE "new_ProblemSetItem" (
    "problemSetId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 1,

    PRIMARY KEY ("problemSetId", "exerciseId"),
    CONSTRAINT "ProblemSetItem_problemSetId_fkey" FOREIGN KEY ("problemSetId") REFERENCES "ProblemSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProblemSetItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ProblemSetItem" ("exerciseId", "position", "problemSetId") SELECT "exerciseId", "position", "problemSetId" FROM "ProblemSetItem";
DROP TABLE "ProblemSetItem";
ALTER TABLE "new_ProblemSetItem" RENAME TO "ProblemSetItem";
CREATE INDEX "ProblemSetItem_exerciseId_idx" ON "ProblemSetItem"("exerciseId");
CREATE TABLE "new_Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "passed" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "message" TEXT,
    "matchedMistakeId" TEXT,
    "robustPassed" INTEGER NOT NULL DEFAULT 0,
    "robustTotal" INTEGER NOT NULL DEFAULT 0,
    "robustMistakeId" TEXT,
    "failingCase" TEXT,
    "revealFailingCase" TEXT NOT NULL DEFAULT 'never',
    "revealFailingCaseAfter" DATETIME,
    "exerciseVersion" TEXT NOT NULL DEFAULT '',
    "regradedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tests" TEXT NOT NULL DEFAULT '[]',
    "failedHiddenTests" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Submission_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("code", "createdAt", "durationMs", "exerciseId", "failedHiddenTests", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "revealFailingCase", "revealFailingCaseAfter", "robustMistakeId", "robustPassed", "robustTotal", "tests", "total", "verdict") SELECT "code", "createdAt", "durationMs", "exerciseId", "failedHiddenTests", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "revealFailingCase", "revealFailingCaseAfter", "robustMistakeId", "robustPassed", "robustTotal", "tests", "total", "verdict" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_learnerId_exerciseId_createdAt_idx" ON "Submission"("learnerId", "exerciseId", "createdAt");
CREATE INDEX "Submission_exerciseId_createdAt_idx" ON "Submission"("exerciseId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "GradeOverride_problemSetId_learnerId_exerciseId_createdAt_idx" ON "GradeOverride"("problemSetId", "learnerId", "exerciseId", "createdAt");

-- CreateIndex
CREATE INDEX "SubmissionComment_submissionId_createdAt_idx" ON "SubmissionComment"("submissionId", "createdAt");

-- CreateIndex
CREATE INDEX "Regrade_problemSetId_createdAt_idx" ON "Regrade"("problemSetId", "createdAt");

-- CreateIndex
CREATE INDEX "RegradeChange_regradeId_idx" ON "RegradeChange"("regradeId");
