import fs from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";
import { toLearnerView } from "@/lib/grading/learner-view";
import { VERDICTS } from "@/lib/grading/types";

/**
 * Table-driven: tests/grader/fixtures/<expected verdict>/<name>.ts, each graded as a softmax
 * submission through the real pool of grading processes (real isolated-vm, real processes).
 */
const FIXTURES = path.resolve("tests/grader/fixtures");
const cases = VERDICTS.flatMap((verdict) => {
  const dir = path.join(FIXTURES, verdict);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((file) => ({ verdict, file, source: fs.readFileSync(path.join(dir, file), "utf8") }));
});
const REFERENCE = fs.readFileSync(path.resolve("exercises/ml-math/softmax/reference.ts"), "utf8");

let pool: GraderPool;
beforeAll(() => {
  pool = new GraderPool({ size: 2, wallClockMs: 10_000, rssLimitMb: 512 });
});
afterAll(async () => {
  await pool.close();
});

describe("hostile and unusual submissions get the right verdict", () => {
  it("has fixtures for every verdict", () => {
    expect(new Set(cases.map((item) => item.verdict))).toEqual(new Set(VERDICTS));
  });

  for (const { verdict, file, source } of cases) {
    it(`${verdict}/${file}`, async () => {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const started = performance.now();
      // The other grading process keeps answering while this one is busy.
      const [result, bystander] = await Promise.all([pool.grade("softmax", source, "submit"), pool.grade("softmax", REFERENCE, "submit")]);
      const elapsed = performance.now() - started;
      loop.disable();

      expect(result.verdict, result.message ?? "").toBe(verdict);
      expect(bystander.verdict).toBe("accepted");
      // Liveness, not speed: the pool's own deadline is 10 s, and this process never stalls.
      expect(elapsed).toBeLessThan(12_000);
      expect(loop.max / 1e6).toBeLessThan(500);
      if (verdict === "compile_error") expect(result.compileError?.line).toBeGreaterThan(1);

      const afterwards = await pool.grade("softmax", REFERENCE, "submit");
      expect(afterwards.verdict).toBe("accepted");
    });
  }
});

describe("what reaches the learner", () => {
  it("never includes hidden inputs, expected values or console output of hidden tests", async () => {
    const source = fs.readFileSync(path.join(FIXTURES, "wrong_answer/read-hidden-tests.ts"), "utf8");
    const full = await pool.grade("softmax", source, "submit");
    const view = JSON.stringify(toLearnerView(full));
    // "shift invariance at large offset" uses 1000001: it must not appear unless revealed.
    const revealed = full.failingCase?.input ?? "";
    expect(revealed).not.toContain("1000001");
    expect(view).not.toContain("1000001");
    expect(view).not.toContain("hidden inputs so far [710");
    // Robustness checks are shown whole (they teach); required hidden tests never are.
    for (const test of toLearnerView(full).tests.filter((item) => item.hidden && item.tier === "required")) {
      expect(test.input).toBeUndefined();
      expect(test.expected).toBeUndefined();
      expect(test.actual).toBeUndefined();
      expect(test.console).toBeUndefined();
    }
    // The sandbox has no process, require or fetch, and constructor tricks reach only the isolate.
    const consoleOfExample = full.tests[0].console ?? "";
    expect(consoleOfExample).toContain("undefined|undefined|undefined");
    expect(consoleOfExample).toMatch(/undefined$|blocked/m);
  });

  it("reveals no hidden case when an example hit a limit: the hidden tests never ran", async () => {
    for (const file of ["time_limit_exceeded/infinite-loop.ts", "memory_limit_exceeded/push-forever.ts", "output_limit_exceeded/huge-array.ts"]) {
      const full = await pool.grade("softmax", fs.readFileSync(path.join(FIXTURES, file), "utf8"), "submit");
      expect(full.tests[0].status, file).toBe("error");
      const hidden = full.tests.filter((test) => test.hidden && test.tier === "required");
      expect(hidden.length).toBeGreaterThan(0);
      for (const test of hidden) expect(test.message, file).toBe("not run: an example hit a limit");
      // Revealing one would run it again in a fresh context: a second runaway, and a hidden input
      // shown for a case the grade never used.
      expect(full.failingCase, file).toBeUndefined();
    }
  });

  it("shows console output of visible examples, capped", async () => {
    const result = await pool.grade("softmax", 'export function softmax(z: number[]) { console.log("z is", z); return z; }', "run");
    expect(result.tests[0].console).toBe("z is [1,2,3]\n");
  });
});
