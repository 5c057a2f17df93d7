import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exerciseJsonSchema } from "@/lib/exercises/exercise-json-schema";

describe("exercises/exercise.schema.json", () => {
  it("is the one generated from the zod schema (run npm run schema:exercise after changing it)", () => {
    expect(fs.readFileSync(path.resolve("exercises/exercise.schema.json"), "utf8")).toBe(exerciseJsonSchema());
  });
});
