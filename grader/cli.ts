/**
 * npm run -s grade -- <exercise-id> <file> [<file> ...] [--json]
 * Grades each file exactly as a browser submission is graded (same pool, same pipeline, all
 * tests). Exit 0 when every file is accepted, 1 otherwise, 2 on a usage error.
 */
import fs from "node:fs";
import { loadExerciseCatalog } from "../lib/exercises/load-catalog";
import { EXERCISES_DIR } from "../lib/exercises/paths";
import { VERDICT_LABELS, type GradeResult } from "../lib/grading/types";
import { GraderError, GraderPool } from "./pool";

const USAGE = "usage: npm run -s grade -- <exercise-id> <file> [<file> ...] [--json]";

function usageError(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const positional = argv.filter((arg) => arg !== "--json");
  const unknownFlag = positional.find((arg) => arg.startsWith("--"));
  if (unknownFlag) usageError(`unknown option ${unknownFlag}\n${USAGE}`);
  const [exerciseId, ...files] = positional;
  if (!exerciseId || files.length === 0) usageError(USAGE);

  const catalog = loadExerciseCatalog(EXERCISES_DIR);
  if (!catalog.exercises.some((exercise) => exercise.meta.id === exerciseId)) {
    const broken = catalog.problems.find((problem) => problem.folder.endsWith(`/${exerciseId}`));
    usageError(broken ? `exercise ${exerciseId} is broken:\n  ${broken.errors.join("\n  ")}` : `unknown exercise ${exerciseId}`);
  }
  const sources = files.map((file) => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch (error) {
      return usageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  const pool = new GraderPool({ size: 1 });
  let allAccepted = true;
  try {
    for (let i = 0; i < files.length; i++) {
      const result = await pool.grade(exerciseId, sources[i], "submit");
      allAccepted &&= result.verdict === "accepted";
      process.stdout.write(json ? `${JSON.stringify(toJsonLine(files[i], result))}\n` : formatReport(files[i], result));
    }
  } catch (error) {
    if (error instanceof GraderError && error.code === "unknown_exercise") usageError(`unknown exercise ${exerciseId}`);
    throw error;
  } finally {
    await pool.close();
  }
  return allAccepted ? 0 : 1;
}

function toJsonLine(file: string, result: GradeResult) {
  return {
    exercise: result.exerciseId,
    file,
    verdict: result.verdict,
    passed: result.passed,
    total: result.total,
    durationMs: result.durationMs,
    message: result.message,
    tests: result.tests.map((test) => ({ name: test.name, tier: test.tier, hidden: test.hidden, status: test.status, message: test.message })),
    robustness: result.robustness ? { passed: result.robustness.passed, total: result.robustness.total } : { passed: 0, total: 0 },
    mistake: result.mistake ? { id: result.mistake.id, title: result.mistake.title, hint: result.mistake.hint } : null,
    robustnessMistake: result.robustness?.mistake ? { ...result.robustness.mistake } : null,
  };
}

function formatReport(file: string, result: GradeResult): string {
  const robustness = result.robustness?.total ? ` · robustness ${result.robustness.passed}/${result.robustness.total}` : "";
  const lines = [`${file}: ${VERDICT_LABELS[result.verdict]} — ${result.passed}/${result.total} required tests passed${robustness} in ${result.durationMs} ms`];
  if (result.message && result.verdict !== "accepted") lines.push(`  ${result.message}`);
  for (const test of result.tests) {
    if (test.status === "passed") continue;
    const where = test.tier === "robustness" ? "[robustness] " : test.hidden ? "[hidden] " : "";
    lines.push(`  ✗ ${where}${test.name}: ${test.message ?? test.status}`);
  }
  if (result.robustness?.stopped) lines.push(`  robustness ${result.robustness.stopped}`);
  if (result.failingCase) {
    const shrunk = result.failingCase.shrunk ? " (shrunk)" : "";
    lines.push(`  first failing hidden case${shrunk}:`, ...result.failingCase.input.split("\n").map((line) => `    ${line}`));
    lines.push(`    expected ${result.failingCase.expected}`, `    actual   ${result.failingCase.actual}`);
  }
  if (result.mistake) lines.push(`  matches known mistake "${result.mistake.title}" (${result.mistake.id}): ${result.mistake.hint}`);
  const robustMistake = result.robustness?.mistake;
  if (robustMistake) lines.push(`  robustness: matches known mistake "${robustMistake.title}" (${robustMistake.id}): ${robustMistake.hint}`);
  return `${lines.join("\n")}\n`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`grader failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
