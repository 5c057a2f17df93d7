import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";
import { toLearnerView } from "@/lib/grading/learner-view";

/**
 * The two tiers through real grading processes, on a temporary softmax whose reference, tests and
 * mistakes are written here, so that curriculum edits cannot change what these tests mean.
 */
let pool: GraderPool;
const saved = process.env.GD_EXERCISES_DIR;

const REFERENCE = `export function softmax(z: number[]): number[] {
  for (const v of z) if (Number.isNaN(v) || v === Infinity) throw new Error("logits must be finite or -Infinity");
  if (z.length === 0) return [];
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
`;
/** Stable, no input checks: what a careful learner writes from the catalog row. */
const PLAIN = `export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  let s = 0;
  for (const v of e) s += v;
  return e.map((v) => v / s);
}
`;
const NO_MAX_SHIFT = `export function softmax(z: number[]): number[] {
  for (const v of z) if (Number.isNaN(v) || v === Infinity) throw new Error("bad logit");
  const e = z.map((v) => Math.exp(v));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
`;
/** Two flaws: no max shift (a known mistake) and a wrong answer for a single logit (not one). */
const NAIVE_TWO_FLAWS = `export function softmax(z: number[]): number[] {
  if (z.length === 1) return [0];
  const e = z.map((v) => Math.exp(v));
  let s = 0;
  for (const v of e) s += v;
  return e.map((v) => v / s);
}
`;

const TESTS = `import { defineTests } from "@/lib/exercises/test-kit";
export default defineTests({
  fixed: [
    { name: "huge logits", args: [[1000, 1000]] },
    { name: "very negative logits", args: [[-1000, -1000, -1000]] },
    { name: "one dominant logit", args: [[1000, 0, -1000]] },
    { name: "a marked input", args: [[123.456, 0.5]] },
    { name: "a single logit", args: [[-3.7]] },
    { name: "empty input gives empty output", args: [[]], expected: [] },
    { name: "a NaN logit must throw", tier: "robustness", args: [[1, Number.NaN, 2]], throws: true },
    { name: "a +Infinity logit must throw", tier: "robustness", args: [[0, Infinity]], throws: true },
    { name: "a spread of 2e308", tier: "robustness", args: [[1e308, -1e308]], expected: [1, 0] },
  ],
  random: { seed: 11, count: 12, args: (fc) => fc.tuple(fc.array(fc.integer({ min: -80000, max: 80000 }).map((v) => v / 100), { minLength: 2, maxLength: 8 })) },
});
`;

beforeAll(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-tiers-"));
  const dir = path.join(root, "ml-math", "softmax");
  fs.cpSync(path.resolve("exercises/ml-math/softmax"), dir, { recursive: true });
  fs.rmSync(path.join(dir, "mistakes"), { recursive: true });
  fs.mkdirSync(path.join(dir, "mistakes"));
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "exercise.json"), "utf8"));
  const hint = "A hint long enough for the schema to accept it.";
  meta.mistakes = [
    { id: "no-max-shift", title: "No max shift", hint, tier: "required" },
    { id: "no-validation", title: "No validation of logits", hint, tier: "robustness" },
    { id: "halved", title: "Probabilities halved", hint, tier: "required" },
  ];
  fs.writeFileSync(path.join(dir, "exercise.json"), JSON.stringify(meta));
  fs.writeFileSync(
    path.join(dir, "examples.json"),
    JSON.stringify([{ name: "three logits", args: [[1, 2, 3]], expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219] }]),
  );
  fs.writeFileSync(path.join(dir, "reference.ts"), REFERENCE);
  fs.writeFileSync(path.join(dir, "tests.ts"), TESTS);
  fs.writeFileSync(path.join(dir, "mistakes", "no-max-shift.ts"), NO_MAX_SHIFT);
  fs.writeFileSync(path.join(dir, "mistakes", "no-validation.ts"), PLAIN);
  fs.writeFileSync(path.join(dir, "mistakes", "halved.ts"), REFERENCE.replace("return e.map((v) => v / s);", "return e.map((v) => v / (2 * s));"));
  process.env.GD_EXERCISES_DIR = root; // inherited by the grading processes
  pool = new GraderPool({ size: 1, wallClockMs: 10_000, rssLimitMb: 512 });
});
afterAll(async () => {
  await pool.close();
  if (saved === undefined) delete process.env.GD_EXERCISES_DIR;
  else process.env.GD_EXERCISES_DIR = saved;
});

describe("two tiers", () => {
  it("accepts stable math without extra checks and reports the robustness checks it fails, in full", async () => {
    const result = await pool.grade("softmax", PLAIN, "submit");
    expect(result.verdict).toBe("accepted");
    expect(result.total).toBe(1 + 6 + 12);
    expect(result.robustness).toMatchObject({ passed: 1, total: 3, mistake: { id: "no-validation" } });
    expect(result.mistake).toBeUndefined();
    expect(result.message).toContain("robustness 1/3");
    const view = toLearnerView(result);
    const nan = view.tests.find((test) => test.name === "a NaN logit must throw");
    expect(nan).toMatchObject({ tier: "robustness", status: "failed", input: "z = [1, NaN, 2]", expected: "an Error is thrown" });
    expect(nan?.actual).toContain("NaN");
    // Required hidden tests stay hidden.
    expect(view.tests.find((test) => test.name === "a marked input")).toEqual({
      name: "a marked input",
      kind: "fixed",
      tier: "required",
      hidden: true,
      status: "passed",
      message: null,
    });
  });

  it("names the known mistake of a solution with a second, unrelated flaw", async () => {
    const result = await pool.grade("softmax", NAIVE_TWO_FLAWS, "submit");
    expect(result.verdict).toBe("wrong_answer");
    expect(result.tests.find((test) => test.name === "a single logit")?.status).toBe("failed");
    expect(result.mistake?.id).toBe("no-max-shift");
  });

  it("names a mistake whose values the learner's are far nearer than the expected ones, only when none matches exactly", async () => {
    // Halved, then off by a relative 1e-4: outside the tolerance of the mistake's own values.
    const nearlyHalved = REFERENCE.replace("return e.map((v) => v / s);", "return e.map((v) => (v / (2 * s)) * (1 + 1e-4));");
    expect((await pool.grade("softmax", nearlyHalved, "submit")).mistake?.id).toBe("halved");
    // An unrelated bug of the same size is not near any mistake.
    const offset = REFERENCE.replace("return e.map((v) => v / s);", "return e.map((v) => v / s + 0.05);");
    const unrelated = await pool.grade("softmax", offset, "submit");
    expect(unrelated.verdict).toBe("wrong_answer");
    expect(unrelated.mistake).toBeUndefined();
  });

  it("keeps the required verdict when the robustness tier gets the grading process killed", async () => {
    const bomb = PLAIN.replace(
      "const m = Math.max(...z);",
      `if (z.some((v) => Number.isNaN(v))) {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    // 1 GiB steps: far past the pool's RSS ceiling within one step (WebAssembly memory is not
    // counted by the isolate's heap limit), so the pool kills the process mid-tier.
    for (let i = 0; i < 3; i++) { const start = memory.buffer.byteLength; memory.grow(16384); new Uint8Array(memory.buffer).fill(1, start); }
  }
  const m = Math.max(...z);`,
    );
    const result = await pool.grade("softmax", bomb, "submit");
    expect(result.verdict).toBe("accepted");
    expect(result.robustness?.passed).toBe(0);
    expect(result.robustness?.stopped).toMatch(/ran past the grading process.s limits/);
    expect(result.tests.filter((test) => test.tier === "robustness").every((test) => test.status === "error")).toBe(true);
    expect((await pool.grade("softmax", REFERENCE, "submit")).robustness).toMatchObject({ passed: 3, total: 3 });
  });

  it("gives the robustness tier its own console cap: a flood there does not fail the required tests", async () => {
    // Every call prints a line, so a cap still spent after the tier would fail every required test.
    const flood = PLAIN.replace(
      "const m = Math.max(...z);",
      'console.log("called");\n  if (z.some((v) => Number.isNaN(v))) for (let i = 0; i < 12000; i++) console.log("x".repeat(100));\n  const m = Math.max(...z);',
    );
    const result = await pool.grade("softmax", flood, "submit");
    expect(result.verdict).toBe("accepted");
    expect(result.robustness?.stopped).toMatch(/a NaN logit must throw.*output limit/);
  });

  it("ends the robustness tier at its first limit, never the verdict", async () => {
    const loops = PLAIN.replace("const m = Math.max(...z);", "if (z.some((v) => Number.isNaN(v))) for (;;) {}\n  const m = Math.max(...z);");
    const result = await pool.grade("softmax", loops, "submit");
    expect(result.verdict).toBe("accepted");
    expect(result.robustness?.stopped).toMatch(/a NaN logit must throw/);
    const after = result.tests.filter((test) => test.tier === "robustness").slice(1);
    expect(after.map((test) => test.message)).toEqual([expect.stringMatching(/^not run/), expect.stringMatching(/^not run/)]);
  });

  it("reveals a failing hidden case as that input alone makes the code behave: no other input in it", async () => {
    // Keeps every input; answers correctly, except on the marked input, where it returns them all.
    const collector = PLAIN.replace(
      "export function softmax(z: number[]): number[] {",
      `const seen: number[] = [];
export function softmax(z: number[]): number[] {
  seen.push(...z);
  if (z[0] === 123.456) return seen.slice();`,
    );
    const result = await pool.grade("softmax", collector, "submit");
    expect(result.verdict).toBe("wrong_answer");
    expect(result.failingCase).toMatchObject({ testName: "a marked input", input: "z = [123.456, 0.5]", shrunk: false });
    // Alone, the module has seen this input only.
    expect(result.failingCase?.actual).toBe("[123.456, 0.5]");
    expect(JSON.stringify(toLearnerView(result))).not.toContain("1000");
  });

  it("says a case fails only after earlier tests, without values, when it passes alone", async () => {
    // Correct on its own; once it has seen more than 12 numbers it returns all of them.
    const stateful = PLAIN.replace(
      "export function softmax(z: number[]): number[] {",
      `const seen: number[] = [];
export function softmax(z: number[]): number[] {
  seen.push(...z);
  if (seen.length > 12) return seen.slice();`,
    );
    const result = await pool.grade("softmax", stateful, "submit");
    expect(result.verdict).toBe("wrong_answer");
    expect(result.failingCase).toMatchObject({
      input: "",
      expected: "",
      actual: "",
      keepsState: true,
      message: expect.stringContaining("keeps state between calls"),
    });
    expect(JSON.stringify(toLearnerView(result))).not.toContain("123.456");
  });

  it("shrinks a random failing case in a fresh context and shows the shrunk input's answer alone", async () => {
    // Wrong on every random case (they have 2 or more logits, none is exactly 1000): returns what it saw.
    const collector = PLAIN.replace(
      "export function softmax(z: number[]): number[] {",
      `const seen: number[] = [];
export function softmax(z: number[]): number[] {
  seen.push(...z);
  if (z.length >= 2 && !z.includes(1000) && !z.includes(-1000) && z[0] !== 123.456 && z[0] !== 1) return seen.slice();`,
    );
    const result = await pool.grade("softmax", collector, "submit");
    expect(result.failingCase?.testName).toMatch(/^random #/);
    expect(result.failingCase?.shrunk).toBe(true);
    const input = JSON.parse(result.failingCase?.input.replace(/^z = /, "") ?? "null") as number[];
    expect(JSON.parse(result.failingCase?.actual ?? "null")).toEqual(input);
  });

  it("runs the robustness tier before any hidden required test: nothing kept from hidden inputs can surface", async () => {
    const hoarder = PLAIN.replace(
      "export function softmax(z: number[]): number[] {",
      `const seen: number[] = [];
export function softmax(z: number[]): number[] {
  seen.push(...z);
  if (z.some((v) => Number.isNaN(v))) return seen.slice();`,
    );
    const result = await pool.grade("softmax", hoarder, "submit");
    const nan = toLearnerView(result).tests.find((test) => test.name === "a NaN logit must throw");
    expect(nan?.actual).toBeDefined();
    expect(nan?.actual).not.toContain("123.456");
    expect(nan?.actual).not.toContain("1000");
  });
});
