import { errorResponse } from "./error-response";
import { assertSameOrigin } from "./same-origin";

/**
 * Runs a route handler body: the same-origin check first (for state-changing methods), then
 * the handler; any thrown error becomes the mapped JSON error response.
 */
export async function handleRoute(request: Request, context: string, handler: () => Promise<Response>): Promise<Response> {
  try {
    assertSameOrigin(request);
    return await handler();
  } catch (error) {
    return errorResponse(error, `${request.method} ${context}`);
  }
}

/** A JSON success response that no cache keeps (every answer is one learner's). */
export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
