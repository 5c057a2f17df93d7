import { APP_ERROR_STATUS, isAppError } from "../errors";
import { GradingUnavailableError } from "../submissions/run-examples";

/** The JSON error body of every API route: `{ error: { code, message } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

/**
 * Maps an error thrown by a lib/ function to a response. AppError and GradingUnavailableError
 * carry messages written for the learner; anything else is a bug: logged in full, answered
 * with a generic 500 so that no internals (paths, SQL, stack) reach the browser.
 */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) {
    if (error.code === "storage_unavailable") console.error(`[api] ${context}: ${error.message}`, error.cause ?? "");
    return json(APP_ERROR_STATUS[error.code], error.code, error.message);
  }
  if (error instanceof GradingUnavailableError) {
    console.warn(`[api] ${context}: grading unavailable: ${error.detail}`);
    return json(503, "grading_unavailable", error.message);
  }
  console.error(`[api] ${context}: unexpected error`, error);
  return json(500, "internal", "Something went wrong on our side. Please try again.");
}

function json(status: number, code: string, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
