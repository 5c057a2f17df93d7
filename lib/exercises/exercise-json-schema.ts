import { z } from "zod";
import { ZExerciseMeta } from "./schema";

/**
 * exercises/exercise.schema.json, generated from the zod schema so authors get completion in
 * their editor. `npm run schema:exercise` rewrites it; a unit test fails when they drift apart.
 */
export function exerciseJsonSchema(): string {
  const schema = z.toJSONSchema(ZExerciseMeta, { io: "input" });
  return `${JSON.stringify({ ...schema, title: "Graded Descent exercise.json" }, null, 2)}\n`;
}
