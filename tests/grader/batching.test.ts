import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";

/**
 * Calls go to the sandbox in batches (grader/sandbox.ts callCases). These tests prove that the
 * outcome per test is the one a round trip per test gives: the case that ran away is named, the
 * cases before it keep their results, the ones after it are not run, and module state sees the
 * calls in order. A temporary softmax with its own tests and limits, so curriculum edits cannot
 * change what they mean.
 */
const PLAIN = `export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  let s = 0;
  for (const v of e) s += v;
  return e.map((v) => v / s);
}
`;
const FIXED = Array.from({ length: 12 }, (_, i) => `{ name: "case ${i + 1}", args: [[${i + 1}, 0.5]] }`).join(",\n    ");
const TESTS = `import { defineTests } from "@/lib/exercises/test-kit";
export default defineTests({
  fixed: [
    ${FIXED},
    { name: "a NaN logit must throw", tier: "robustness", args: [[1, Number.NaN, 2]], throws: true },
    { name: "a spread of 2e308", tier: "robustness", args: [[1e308, -1e308]], expected: [1, 0] },
  ],
});
`;

let pool: GraderPool;
const saved = process.env.GD_EXERCISES_DIR;
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-batching-"));
  const dir = path.join(root, "ml-math", "softmax");
  fs.cpSync(path.resolve("exercises/ml-math/softmax"), dir, { recursive: true });
  fs.rmSync(path.join(dir, "mistakes"), { recursive: true });
  fs.mkdirSync(path.join(dir, "mistakes"));
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "exercise.json"), "utf8"));
  const hint = "A hint long enough for the schema to accept it.";
  meta.mistakes = [
    { id: "halved", title: "Probabilities halved", hint, tier: "required" },
    { id: "doubled", title: "Probabilities doubled", hint, tier: "required" },
  ];
  meta.limits = { callMs: 100, submissionMs: 400, robustnessMs: 400 };
  fs.writeFileSync(path.join(dir, "exercise.json"), JSON.stringify(meta));
  fs.writeFileSync(
    path.join(dir, "examples.json"),
    JSON.stringify([
      { name: "three logits", args: [[1, 2, 3]], expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219] },
      { name: "two logits", args: [[0, 0]], expected: [0.5, 0.5] },
    ]),
  );
  fs.writeFileSync(path.join(dir, "reference.ts"), PLAIN.replace("{\n", '{\n  if (z.some((v) => Number.isNaN(v))) throw new Error("NaN");\n'));
  fs.writeFileSync(path.join(dir, "tests.ts"), TESTS);
  fs.writeFileSync(path.join(dir, "mistakes", "halved.ts"), PLAIN.replace("v / s", "v / (2 * s)"));
  fs.writeFileSync(path.join(dir, "mistakes", "doubled.ts"), PLAIN.replace("v / s", "(2 * v) / s"));
  process.env.GD_EXERCISES_DIR = root; // inherited by the grading processes
  pool = new GraderPool({ size: 1, wallClockMs: 10_000, rssLimitMb: 512 });
});
afterAll(async () => {
  await pool.close();
  if (saved === undefined) delete process.env.GD_EXERCISES_DIR;
  else process.env.GD_EXERCISES_DIR = saved;
  fs.rmSync(root, { recursive: true, force: true });
});

const statuses = (tests: { name: string; status: string; message: string | null }[]) =>
  Object.fromEntries(tests.map((test) => [test.name, test.status === "passed" ? "passed" : (test.message ?? "").slice(0, 40)]));

describe("batched calls give the outcome of one round trip per test", () => {
  it("names the hidden case that runs away; the cases before it pass and the ones after it are not run", async () => {
    const loopsOnSeven = PLAIN.replace("{\n", "{\n  if (z[0] === 7) for (;;) {}\n");
    const result = await pool.grade("softmax", loopsOnSeven, "submit");
    expect(result.verdict).toBe("time_limit_exceeded");
    // On a busy machine the call may be given its second chances first, and then the budget ends it.
    expect(result.message).toMatch(/First failure, hidden test "case 7": time limit exceeded: (a call ran past its time limit|the total CPU budget)/);
    const byName = statuses(result.tests);
    for (let i = 1; i <= 6; i++) expect(byName[`case ${i}`]).toBe("passed");
    for (let i = 8; i <= 12; i++) expect(byName[`case ${i}`]).toMatch(/not run/);
    expect(result.passed).toBe(2 + 6);
  });

  it("names the case of a memory bomb that fills the heap in the middle of a batch", async () => {
    const bombOnFive = PLAIN.replace(
      "{\n",
      "{\n  if (z[0] === 5) { const keep: number[][] = []; for (;;) keep.push(new Array(4_000_000).fill(keep.length)); }\n",
    );
    const result = await pool.grade("softmax", bombOnFive, "submit");
    expect(result.verdict).toBe("memory_limit_exceeded");
    expect(result.message).toMatch(/hidden test "case 5"/);
    const byName = statuses(result.tests);
    for (let i = 1; i <= 4; i++) expect(byName[`case ${i}`]).toBe("passed");
    expect(byName["case 6"]).toMatch(/not run/);
  });

  it("keeps the calls' order for module state, and each visible example's console to itself", async () => {
    const counter = PLAIN.replace("export function softmax", "let calls = 0;\nexport function softmax").replace(
      "{\n",
      '{\n  calls++;\n  console.log("call", calls);\n  if (calls === 9 && z[0] !== 5) return [];\n',
    );
    const result = await pool.grade("softmax", counter, "submit");
    // Examples are calls 1-2, the robustness checks 3-4, the fixed cases 5...: call 9 is "case 5".
    expect(result.tests.filter((test) => !test.hidden).map((test) => test.console)).toEqual(["call 1\n", "call 2\n"]);
    expect(result.verdict).toBe("accepted");
    const wrongOnNine = counter.replace("calls === 9 && z[0] !== 5", "calls === 9");
    const wrong = await pool.grade("softmax", wrongOnNine, "submit");
    expect(wrong.verdict).toBe("wrong_answer");
    expect(wrong.message).toMatch(/hidden test "case 5"/);
  });

  it("a slow but correct solution returns in several batches and is accepted", async () => {
    // 15 ms per call: every batch returns after its first call (the yield is 10 ms), 16 calls fit the 400 ms budget.
    const slow = PLAIN.replace("{\n", "{\n  const end = Date.now() + 15;\n  while (Date.now() < end) {}\n");
    const result = await pool.grade("softmax", slow, "submit");
    expect(result.verdict, result.message ?? "").toBe("accepted");
    expect(result.robustness).toMatchObject({ passed: 1, total: 2 });
  });

  it("the first output limit ends the required tests: the verdict is that limit, the rest are not run", async () => {
    const huge = PLAIN.replace("{\n", '{\n  if (z[0] === 3) return "x".repeat(2_000_000) as unknown as number[];\n');
    const result = await pool.grade("softmax", huge, "submit");
    expect(result.verdict).toBe("output_limit_exceeded");
    expect(result.message).toMatch(/hidden test "case 3"/);
    expect(statuses(result.tests)["case 4"]).toMatch(/not run/);
  });
});
