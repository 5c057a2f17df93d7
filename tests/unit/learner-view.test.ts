import { describe, expect, it } from "vitest";
import { toLearnerView } from "@/lib/grading/learner-view";
import type { GradeResult } from "@/lib/grading/types";

describe("toLearnerView", () => {
  it("keeps a visible example's actualValue and strips every detail of a hidden test, whatever it carries", () => {
    const result: GradeResult = {
      exerciseId: "two-step",
      mode: "submit",
      verdict: "wrong_answer",
      passed: 1,
      total: 2,
      notRun: 0,
      durationMs: 1,
      message: "1/2 tests passed",
      tests: [
        { name: "doubles", kind: "example", hidden: false, status: "passed", message: null, input: "x = [1]", expected: "[2]", actual: "[2]", actualValue: "[2]", function: "double" },
        // A hidden test never gets an actualValue from the grader; if one did, it must not leak.
        { name: "secret", kind: "fixed", hidden: true, status: "failed", message: "worst value at [0]: expected 7", input: "x = [3.5]", expected: "[7]", actual: "[3.5]", actualValue: "[3.5]", console: "3.5", function: "double" },
      ],
    };
    const view = toLearnerView(result);
    expect(view.tests[0]).toEqual(result.tests[0]);
    expect(view.tests[1]).toEqual({ name: "secret", kind: "fixed", hidden: true, status: "failed", message: "wrong answer", function: "double" });
  });
});
