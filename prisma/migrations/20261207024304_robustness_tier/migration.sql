-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProblemSet_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProblemSet" ("courseId", "createdAt", "description", "dueAt", "id", "opensAt", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt") SELECT "courseId", "createdAt", "description", "dueAt", "id", "opensAt", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt" FROM "ProblemSet";
DROP TABLE "ProblemSet";
ALTER TABLE "new_ProblemSet" RENAME TO "ProblemSet";
CREATE INDEX "ProblemSet_courseId_idx" ON "ProblemSet"("courseId");
CREATE TABLE "new_Progress" (
    "learnerId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "firstSolvedAt" DATETIME,
    "lastSubmittedAt" DATETIME NOT NULL,
    "bestPassed" INTEGER NOT NULL DEFAULT 0,
    "isRobust" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("learnerId", "exerciseId"),
    CONSTRAINT "Progress_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Progress_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Progress" ("attempts", "bestPassed", "exerciseId", "firstSolvedAt", "lastSubmittedAt", "learnerId", "status") SELECT "attempts", "bestPassed", "exerciseId", "firstSolvedAt", "lastSubmittedAt", "learnerId", "status" FROM "Progress";
DROP TABLE "Progress";
ALTER TABLE "new_Progress" RENAME TO "Progress";
CREATE INDEX "Progress_exerciseId_idx" ON "Progress"("exerciseId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Submission_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "total", "verdict") SELECT "code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "total", "verdict" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_learnerId_exerciseId_createdAt_idx" ON "Submission"("learnerId", "exerciseId", "createdAt");
CREATE INDEX "Submission_exerciseId_createdAt_idx" ON "Submission"("exerciseId", "createdAt");
CREATE TABLE "new_TestResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tier" TEXT NOT NULL DEFAULT 'required',
    "isHidden" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "message" TEXT,
    CONSTRAINT "TestResult_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TestResult" ("id", "isHidden", "kind", "message", "name", "position", "status", "submissionId") SELECT "id", "isHidden", "kind", "message", "name", "position", "status", "submissionId" FROM "TestResult";
DROP TABLE "TestResult";
ALTER TABLE "new_TestResult" RENAME TO "TestResult";
CREATE UNIQUE INDEX "TestResult_submissionId_position_key" ON "TestResult"("submissionId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
