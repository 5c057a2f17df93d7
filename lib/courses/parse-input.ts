import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Validates input inside a domain function (route handlers validate too, but a domain function
 * never trusts its caller): the first issue becomes an AppError invalid_input.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw new AppError("invalid_input", `${where}${issue?.message ?? "invalid input"}`);
}
