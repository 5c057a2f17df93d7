import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";

/**
 * Given helpers and known mistakes written as overrides, through real grading processes, on a
 * temporary softmax whose reference calls a given `expShifted` and keeps the division in a
 * helper of its own, so that a mistake can override that helper alone.
 */
const GIVEN = `// Given helpers of the test track.

/** e^(v - m) for each v. */
function expShifted(z: number[], m: number): number[] {
  return z.map((v) => Math.exp(v - m));
}
`;

const REFERENCE = `/** Softmax with the max shift. */
export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("empty");
  return normalise(expShifted(z, Math.max(...z)));
}

/** Each value over their sum. */
function normalise(e: number[]): number[] {
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
`;

let pool: GraderPool;
let exercisesDir: string;
const saved = process.env.GD_EXERCISES_DIR;

beforeAll(() => {
  exercisesDir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-givens-"));
  const dir = path.join(exercisesDir, "ml-math", "softmax");
  fs.cpSync(path.resolve("exercises/ml-math/softmax"), dir, { recursive: true });
  fs.writeFileSync(path.join(exercisesDir, "ml-math", "given.ts"), GIVEN);
  fs.writeFileSync(path.join(dir, "reference.ts"), REFERENCE);
  fs.writeFileSync(path.join(dir, "starter.ts"), "export function softmax(z: number[]): number[] {\n  return z;\n}\n");
  fs.writeFileSync(
    path.join(dir, "examples.json"),
    JSON.stringify([
      { name: "three logits", args: [[1, 2, 3]], expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219] },
      { name: "empty input", args: [[]], throws: true },
    ]),
  );
  fs.rmSync(path.join(dir, "mistakes"), { recursive: true });
  fs.mkdirSync(path.join(dir, "mistakes"));
  // Overrides: only the declaration each mistake gets wrong.
  fs.writeFileSync(path.join(dir, "mistakes", "not-normalised.ts"), "function normalise(e: number[]): number[] {\n  return e;\n}\n");
  fs.writeFileSync(
    path.join(dir, "mistakes", "no-max-shift.ts"),
    'export function softmax(z: number[]): number[] {\n  if (z.length === 0) throw new Error("empty");\n  return normalise(expShifted(z, 0));\n}\n',
  );
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "exercise.json"), "utf8"));
  meta.given = ["ml-math/given.ts"];
  meta.mistakes = [
    { id: "not-normalised", title: "Not normalised", hint: "Divide every exponential by their sum." },
    { id: "no-max-shift", title: "No max shift", hint: "Subtract the max first: use exp(z_i - m) with m = max(z)." },
  ];
  fs.writeFileSync(path.join(dir, "exercise.json"), JSON.stringify(meta));
  fs.writeFileSync(
    path.join(dir, "tests.ts"),
    `import { defineTests } from "@/lib/exercises/test-kit";
export default defineTests({
  fixed: [
    { name: "empty input must throw", tier: "required", args: [[]], throws: true },
    { name: "large logits", args: [[1000, 1000]] },
  ],
  random: { seed: 3, count: 20, args: (fc) => fc.tuple(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 6 })) },
});
`,
  );
  // A copy that lists no given: its reference declares the helper itself.
  const plain = path.join(exercisesDir, "ml-math", "softmax-plain");
  fs.cpSync(dir, plain, { recursive: true });
  fs.writeFileSync(path.join(plain, "reference.ts"), `${REFERENCE}\n${GIVEN}`);
  const { given: _given, ...plainMeta } = meta;
  fs.writeFileSync(path.join(plain, "exercise.json"), JSON.stringify({ ...plainMeta, id: "softmax-plain", uuid: "5b0c7a1e-2f3d-4e5a-9b6c-7d8e9f0a1b2c" }));
  process.env.GD_EXERCISES_DIR = exercisesDir; // inherited by the grading processes
  pool = new GraderPool({ size: 1 });
});

afterAll(async () => {
  await pool.close();
  process.env.GD_EXERCISES_DIR = saved;
  fs.rmSync(exercisesDir, { recursive: true, force: true });
});

describe("given helpers", () => {
  it("are in scope for the learner's file in the sandbox, as for the reference on the host", async () => {
    const result = await pool.grade("softmax", REFERENCE, "submit");
    expect(result.verdict).toBe("accepted");
  });

  it("are shadowed by a learner's own function of the same name (an old draft with its own copy)", async () => {
    const ownCopy = `${REFERENCE}\nfunction expShifted(z: number[], m: number): number[] {\n  return z.map((v) => Math.exp(v));\n}\n`;
    const result = await pool.grade("softmax", ownCopy, "submit");
    expect(result.verdict).toBe("wrong_answer");
    expect(result.mistake?.id).toBe("no-max-shift");
  });

  it("leave the learner's line and column numbers as they are", async () => {
    const syntax = await pool.grade("softmax", "export function softmax(z: number[]) {\n  return z.map((v) => v +;\n}", "submit");
    expect(syntax.compileError).toMatchObject({ line: 2 });
    const throwing = await pool.grade("softmax", 'export function softmax(z: number[]): number[] {\n\n  throw new RangeError("nope");\n}', "submit");
    expect(throwing.tests[0].message).toContain("RangeError: nope (line 3, column");
  });

  it("reach only the exercises that list them", async () => {
    expect((await pool.grade("softmax-plain", `${REFERENCE}\n${GIVEN}`, "submit")).verdict).toBe("accepted");
    const result = await pool.grade("softmax-plain", REFERENCE, "submit");
    expect(result.verdict).toBe("runtime_error");
    expect(result.tests[0].message).toContain("expShifted is not defined");
  });
});

describe("known mistakes written as overrides", () => {
  it("are assembled into the reference and recognised as themselves", async () => {
    const notNormalised = REFERENCE.replace("return e.map((v) => v / s);", "return e;");
    expect((await pool.grade("softmax", notNormalised, "submit")).mistake?.id).toBe("not-normalised");
    const noShift = REFERENCE.replace("Math.max(...z)", "0");
    expect((await pool.grade("softmax", noShift, "submit")).mistake?.id).toBe("no-max-shift");
  });
});
