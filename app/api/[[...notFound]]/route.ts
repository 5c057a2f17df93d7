import { jsonError } from "@/lib/http/json-error";

/** Any /api/ path that names no route: the API's JSON 404, never Next's HTML page. */
function notFound(): Response {
  return jsonError(404, "not_found", "No such API route.");
}

export { notFound as DELETE, notFound as GET, notFound as HEAD, notFound as OPTIONS, notFound as PATCH, notFound as POST, notFound as PUT };
