/** npm run db:seed — apply migrations and index the exercise folders (what start-up does). */
import { prepareDatabase } from "./prepare-database";

prepareDatabase().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
