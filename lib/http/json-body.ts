import type { z } from "zod";
import { AppError } from "../errors";

/** Bodies beyond this are refused before parsing (code itself is capped at 100 KB in lib/). */
const MAX_BODY_BYTES = 256 * 1024;

/** Reads a JSON body and validates it with a zod schema; any problem is an invalid_input. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("invalid_input", "The request is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw new AppError("invalid_input", "The request is too large.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new AppError("invalid_input", `Invalid request: ${where}${issue?.message ?? "unexpected shape"}`);
  }
  return parsed.data;
}
