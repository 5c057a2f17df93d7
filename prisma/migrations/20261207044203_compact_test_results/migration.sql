-- Per-test results move from one TestResult row per test (40-66 rows per submit) into two JSON
-- columns of Submission: "tests" (every test, in grading order) and "failedHiddenTests" (names of
-- the hidden tests it failed, for the gradebook's statistics). Existing rows are carried over.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "tests" TEXT NOT NULL DEFAULT '[]',
    "failedHiddenTests" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Submission_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "revealFailingCase", "revealFailingCaseAfter", "robustMistakeId", "robustPassed", "robustTotal", "total", "verdict", "tests", "failedHiddenTests")
SELECT "code", "createdAt", "durationMs", "exerciseId", "failingCase", "id", "learnerId", "matchedMistakeId", "message", "passed", "revealFailingCase", "revealFailingCaseAfter", "robustMistakeId", "robustPassed", "robustTotal", "total", "verdict",
    COALESCE((
        SELECT json_group_array(json_object('name', t."name", 'kind', t."kind", 'tier', t."tier", 'isHidden', json(CASE WHEN t."isHidden" THEN 'true' ELSE 'false' END), 'status', t."status", 'message', t."message"))
        FROM (SELECT * FROM "TestResult" WHERE "submissionId" = s."id" ORDER BY "position") AS t
    ), '[]'),
    COALESCE((
        SELECT json_group_array(t."name")
        FROM (SELECT "name" FROM "TestResult" WHERE "submissionId" = s."id" AND "isHidden" AND "status" <> 'passed' ORDER BY "position") AS t
    ), '[]')
FROM "Submission" AS s;
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_learnerId_exerciseId_createdAt_idx" ON "Submission"("learnerId", "exerciseId", "createdAt");
CREATE INDEX "Submission_exerciseId_createdAt_idx" ON "Submission"("exerciseId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- DropTable
DROP INDEX "TestResult_submissionId_position_key";
DROP TABLE "TestResult";
