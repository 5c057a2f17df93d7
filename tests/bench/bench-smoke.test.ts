import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Not a timed test: `npm run bench` must keep working as the exercises and the grader change.
 * A handful of submissions through the real pool, then the closing JSON line's shape.
 */
describe("npm run bench", () => {
  it("grades the mix through the pool and both baselines and ends with its JSON summary", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", path.resolve("tests/bench/grade-bench.mts")], {
      env: { ...process.env, BENCH_SUBMISSIONS: "10", BENCH_PROCESS_SUBMISSIONS: "2" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const lastLine = output.trim().split("\n").at(-1) ?? "";
    const summary = JSON.parse(lastLine) as Record<string, number>;
    expect(Object.keys(summary).sort()).toEqual([
      "grades_per_s",
      "nosandbox_p50_ms",
      "nosandbox_p95_ms",
      "nosandbox_pair_grades_per_s",
      "nosandbox_pair_p50_ms",
      "nosandbox_pair_p95_ms",
      "p50_ms",
      "p95_ms",
      "process_per_submission_p50_ms",
    ]);
    for (const value of Object.values(summary)) expect(value).toBeGreaterThan(0);
    expect(summary.p95_ms).toBeGreaterThanOrEqual(summary.p50_ms);
    expect(summary.nosandbox_p95_ms).toBeGreaterThanOrEqual(summary.nosandbox_p50_ms);
    expect(summary.nosandbox_pair_p95_ms).toBeGreaterThanOrEqual(summary.nosandbox_pair_p50_ms);
    expect(output).toMatch(/^softmax +[\d.]+ +[\d.]+ \| +[\d.]+ +[\d.]+ \| +[\d.]+ +[\d.]+$/m); // the per-exercise table
  }, 150_000);
});
