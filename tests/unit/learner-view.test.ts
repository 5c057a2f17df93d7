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
        {
          name: "doubles",
          kind: "example",
          tier: "required" as const,
          hidden: false,
          status: "passed",
          message: null,
          input: "x = [1]",
          expected: "[2]",
          actual: "[2]",
          actualValue: "[2]",
          function: "double",
        },
        // A hidden test never gets an actualValue from the grader; if one did, it must not leak.
        {
          name: "secret",
          kind: "fixed",
          tier: "required" as const,
          hidden: true,
          status: "failed",
          message: "worst value at [0]: expected 7",
          input: "x = [3.5]",
          expected: "[7]",
          actual: "[3.5]",
          actualValue: "[3.5]",
          console: "3.5",
          function: "double",
        },
      ],
    };
    const view = toLearnerView(result);
    expect(view.tests[0]).toEqual(result.tests[0]);
    expect(view.tests[1]).toEqual({
      name: "secret",
      kind: "fixed",
      tier: "required" as const,
      hidden: true,
      status: "failed",
      message: "wrong answer",
      function: "double",
    });
  });

  it("names a hidden test's error by kind only: a thrown exception's text can carry the hidden input", () => {
    const hiddenError = (message: string) => ({
      name: "h",
      kind: "fixed" as const,
      tier: "required" as const,
      hidden: true,
      status: "error" as const,
      message,
    });
    const result: GradeResult = {
      exerciseId: "softmax",
      mode: "submit",
      verdict: "runtime_error",
      passed: 0,
      total: 4,
      notRun: 0,
      durationMs: 1,
      message: null,
      tests: [
        // The learner set error.name to the input: "1000,0,-1000" must not come back.
        hiddenError("your function threw 1000,0,-1000: x"),
        hiddenError("time limit exceeded: a call ran past its time limit"),
        hiddenError("memory limit exceeded: the memory limit was exceeded"),
        hiddenError("your code must export a function named softmax"),
      ],
    };
    const messages = toLearnerView(result).tests.map((test) => test.message);
    expect(messages).toEqual(["your function threw an exception", "time limit exceeded", "memory limit exceeded", "error"]);
    expect(JSON.stringify(toLearnerView(result))).not.toContain("1000,0");
  });

  it("never passes the grader's summary through after a submit: it may quote a hidden test's message", () => {
    const visibleFailure = {
      name: "three logits",
      kind: "example" as const,
      tier: "required" as const,
      hidden: false,
      status: "failed" as const,
      message: "worst value at [0]: expected 0.09, got 1",
    };
    const hiddenOversize = {
      name: "a single logit is certain",
      kind: "fixed" as const,
      tier: "required" as const,
      hidden: true,
      status: "error" as const,
      // The learner chose the length of their output from the hidden input: 1003702 encodes it.
      message: "output limit exceeded: the result is 1003702 characters of JSON (limit 1000000)",
    };
    const result: GradeResult = {
      exerciseId: "softmax",
      mode: "submit",
      verdict: "output_limit_exceeded",
      passed: 0,
      total: 2,
      notRun: 0,
      durationMs: 1,
      message: `0/2 tests passed. First failure, hidden test "a single logit is certain": ${hiddenOversize.message}`,
      tests: [visibleFailure, hiddenOversize],
    };
    const view = toLearnerView(result);
    expect(view.message).toBe('0/2 required tests passed; hidden test "a single logit is certain" produced too much output.');
    expect(JSON.stringify(view)).not.toContain("1003702");

    const wrongFirstOnExample = toLearnerView({ ...result, verdict: "wrong_answer", tests: [visibleFailure, { ...hiddenOversize, status: "failed" }] });
    expect(wrongFirstOnExample.message).toBe('0/2 required tests passed. First failure, example "three logits": worst value at [0]: expected 0.09, got 1');
    const wrongFirstHidden = toLearnerView({ ...result, verdict: "wrong_answer", tests: [{ ...hiddenOversize, status: "failed" }] });
    expect(wrongFirstHidden.message).toBe('0/2 required tests passed; hidden test "a single logit is certain" failed.');
  });
});
