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
    "isExam" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProblemSet_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProblemSet" ("courseId", "createdAt", "description", "dueAt", "id", "opensAt", "requireRobust", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt") SELECT "courseId", "createdAt", "description", "dueAt", "id", "opensAt", "requireRobust", "revealFailingCase", "status", "submitIntervalSeconds", "title", "updatedAt" FROM "ProblemSet";
DROP TABLE "ProblemSet";
ALTER TABLE "new_ProblemSet" RENAME TO "ProblemSet";
CREATE INDEX "ProblemSet_courseId_idx" ON "ProblemSet"("courseId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Submission_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "robustMistakeId", "robustPassed", "robustTotal", "total", "verdict") SELECT "code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "robustMistakeId", "robustPassed", "robustTotal", "total", "verdict" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_learnerId_exerciseId_createdAt_idx" ON "Submission"("learnerId", "exerciseId", "createdAt");
CREATE INDEX "Submission_exerciseId_createdAt_idx" ON "Submission"("exerciseId", "createdAt");
-- Backfill (written by hand): submissions made before this column existed had their policy
-- worked out when read. Fail closed: any exercise that belongs to some set (whatever its status)
-- with a policy other than "always" keeps its old submissions' failing case hidden; submissions
-- to every other exercise were practice and keep showing it.
UPDATE "Submission" SET "revealFailingCase" = 'always'
WHERE "exerciseId" NOT IN (
    SELECT i."exerciseId" FROM "ProblemSetItem" i JOIN "ProblemSet" s ON s."id" = i."problemSetId"
    WHERE s."revealFailingCase" <> 'always'
);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
