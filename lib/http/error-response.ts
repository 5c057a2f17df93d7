import { APP_ERROR_STATUS, isAppError } from "../errors";
import { GradingUnavailableError } from "../grading/grading-unavailable-error";
import { jsonError } from "./json-error";

export type { ApiErrorBody } from "./json-error";

/**
 * Maps an error thrown by a lib/ function to a response. AppError and GradingUnavailableError
 * carry messages written for the learner; anything else is a bug: logged in full, answered
 * with a generic 500 so that no internals (paths, SQL, stack) reach the browser.
 */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) {
    if (error.code === "storage_unavailable") console.error(`[api] ${context}: ${error.message}`, error.cause ?? "");
    const retryAfter: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { "retry-after": String(error.retryAfterSeconds) };
    return jsonError(APP_ERROR_STATUS[error.code], error.code, error.message, retryAfter);
  }
  if (error instanceof GradingUnavailableError) {
    console.warn(`[api] ${context}: grading unavailable: ${error.detail}`);
    const retryAfter: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { "retry-after": String(error.retryAfterSeconds) };
    return jsonError(503, "grading_unavailable", error.message, retryAfter);
  }
  console.error(`[api] ${context}: unexpected error`, error);
  return jsonError(500, "internal", "Something went wrong on our side. Please try again.");
}
