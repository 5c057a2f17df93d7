/** npm run schema:exercise — regenerates exercises/exercise.schema.json from the zod schema. */
import fs from "node:fs";
import path from "node:path";
import { exerciseJsonSchema } from "../exercises/exercise-json-schema";
import { EXERCISES_DIR } from "../exercises/paths";

fs.writeFileSync(path.join(EXERCISES_DIR, "exercise.schema.json"), exerciseJsonSchema());
console.log("wrote exercises/exercise.schema.json");
