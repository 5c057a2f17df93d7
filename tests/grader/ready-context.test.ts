import { afterEach, describe, expect, it } from "vitest";
import { IsolateHost } from "@/grader/sandbox";

/**
 * IsolateHost.prepareNext makes the next submission's context while the grading process is idle.
 * It must stay one fresh, never-used context per submission: nothing a submission leaves in its
 * global scope is visible to the next, and a context made for a retired isolate is never handed out.
 */
const LEAVES_A_MARK = `
exports.peek = function () { return typeof globalThis.__mark === "undefined" ? "clean" : "seen " + globalThis.__mark; };
exports.mark = function (value) { globalThis.__mark = value; return value; };
`;

let host: IsolateHost;
afterEach(() => host.retire());

function peekAfterMarking(first: ReturnType<IsolateHost["openSession"]>, second: ReturnType<IsolateHost["openSession"]>) {
  expect(first.load(LEAVES_A_MARK).kind).toBe("value");
  expect(first.call("mark", "[7]")).toEqual({ kind: "value", json: "7" });
  expect(first.call("peek", "[]")).toEqual({ kind: "value", json: '"seen 7"' });
  expect(second.load(LEAVES_A_MARK).kind).toBe("value");
  return second.call("peek", "[]");
}

describe("a context prepared while idle", () => {
  it("is given to one session only: the next session gets another fresh context", () => {
    host = new IsolateHost();
    host.prepareNext();
    const first = host.openSession();
    const second = host.openSession();
    expect(peekAfterMarking(first, second)).toEqual({ kind: "value", json: '"clean"' });
    first.close();
    second.close();
  });

  it("carries nothing from the submission graded before it was made", () => {
    host = new IsolateHost();
    const first = host.openSession();
    host.prepareNext(); // made while `first` is still open and marked below
    const second = host.openSession();
    expect(peekAfterMarking(first, second)).toEqual({ kind: "value", json: '"clean"' });
    first.close();
    second.close();
  });

  it("is dropped with its isolate: after a time-out the next session runs in a new isolate", () => {
    host = new IsolateHost({ memoryMb: 64, callTimeoutMs: 50, cpuBudgetMs: 200 });
    const runaway = host.openSession();
    expect(runaway.load("exports.spin = function () { for (;;) {} };").kind).toBe("value");
    host.prepareNext(); // made in the isolate the runaway is about to get retired
    expect(runaway.call("spin", "[]").kind).toBe("timeout");
    runaway.close();
    const next = host.openSession();
    expect(next.load(LEAVES_A_MARK).kind).toBe("value");
    expect(next.call("peek", "[]")).toEqual({ kind: "value", json: '"clean"' });
    next.close();
  });
});
