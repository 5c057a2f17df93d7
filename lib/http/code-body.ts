import { z } from "zod";

/** The body of every request that carries a learner's code (run, submit, draft). Sizes are
 * checked by the domain functions (100 KB) and by parseJsonBody (256 KB per request). */
export const ZCodeBody = z.object({ code: z.string() });
