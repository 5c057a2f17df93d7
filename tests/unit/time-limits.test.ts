import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeLimits } from "@/app/exercises/[id]/_components/comparison-note";
import { BUDGET_RULES, deriveLimits, tightLimits } from "@/grader/derive-limits";
import { loadExerciseCatalog } from "@/lib/exercises/load-catalog";
import { EXERCISES_DIR } from "@/lib/exercises/paths";
import { writeExerciseLimits } from "@/lib/exercises/write-exercise-limits";

describe("time limits derived from the reference", () => {
  it("gives a cheap reference the floors, so a runaway is stopped at about 100 ms", () => {
    expect(deriveLimits({ loadMs: 0.1, maxCallMs: 0.3, requiredMs: 1, robustnessMs: 0.4 })).toEqual({ callMs: 100, submissionMs: 400, robustnessMs: 400 });
  });

  it("scales with a dear reference, by generous multiples, up to the ceilings", () => {
    const limits = deriveLimits({ loadMs: 0.2, maxCallMs: 6, requiredMs: 130, robustnessMs: 3 });
    expect(limits.callMs).toBe(BUDGET_RULES.callMultiple * 6);
    expect(limits.submissionMs).toBe(BUDGET_RULES.suiteMultiple * 130);
    expect(limits.robustnessMs).toBe(2 * limits.callMs); // a tier always affords two calls at the limit
    expect(deriveLimits({ loadMs: 0, maxCallMs: 90, requiredMs: 900, robustnessMs: 0 })).toMatchObject({ callMs: 1000, submissionMs: 5000 });
  });

  it("calls stored limits too tight when the reference would use more than its margin", () => {
    const cost = { loadMs: 0.1, maxCallMs: 12, requiredMs: 90, robustnessMs: 1 };
    expect(tightLimits(deriveLimits(cost), cost)).toEqual([]);
    const problems = tightLimits({ callMs: 100, submissionMs: 400, robustnessMs: 400 }, cost);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/limits.callMs = 100 ms is less than 10 x the reference's 12.0 ms/);
    expect(problems[1]).toMatch(/limits.submissionMs = 400 ms/);
  });

  it("every exercise stores its limits, and each leaves its own derivation's floor", () => {
    for (const exercise of loadExerciseCatalog(EXERCISES_DIR).exercises) {
      expect(exercise.meta.limits, exercise.meta.id).toBeDefined();
      expect(exercise.meta.limits?.callMs, exercise.meta.id).toBeGreaterThanOrEqual(BUDGET_RULES.callFloorMs);
      expect(exercise.meta.limits?.submissionMs, exercise.meta.id).toBeGreaterThanOrEqual(BUDGET_RULES.suiteFloorMs);
    }
  });

  it("writes limits into exercise.json as one line after comparison, and replaces them in place", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gd-limits-")), "exercise.json");
    const original = '{\n  "id": "x",\n  "comparison": { "rtol": 1e-6, "atol": 1e-9 },\n  "mistakes": [\n    { "id": "a" }\n  ]\n}\n';
    fs.writeFileSync(file, original);
    writeExerciseLimits(file, { callMs: 100, submissionMs: 400, robustnessMs: 400 });
    writeExerciseLimits(file, { callMs: 120, submissionMs: 480, robustnessMs: 400 });
    expect(fs.readFileSync(file, "utf8")).toBe(
      '{\n  "id": "x",\n  "comparison": { "rtol": 1e-6, "atol": 1e-9 },\n  "limits": { "callMs": 120, "submissionMs": 480, "robustnessMs": 400 },\n  "mistakes": [\n    { "id": "a" }\n  ]\n}\n',
    );
  });

  it("states the stored limits on the exercise page", () => {
    const text = describeLimits({ callMs: 120, submissionMs: 480, robustnessMs: 400 }, 1);
    expect(text).toContain("Time limits: each call of your function may run for up to 120 ms");
    expect(text).toContain("may use 480 ms of CPU time together");
    expect(text).toContain("robustness checks have 400 ms of their own");
    expect(describeLimits(undefined, 3)).toContain("each call of one of your functions may run for up to 1000 ms");
  });
});
