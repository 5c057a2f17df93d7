import type { GradeResult } from "@/lib/grading/types";
import type { HistoryEntry } from "./types";

/** A failed API call, with a message written for the learner. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** From the Retry-After header of a 429: seconds until the server accepts again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

const OFFLINE_MESSAGE = "Could not reach the server. Your code is still in the editor; try again in a moment.";

async function call<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers }, cache: "no-store" });
  } catch {
    throw new ApiCallError(OFFLINE_MESSAGE, 0);
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) {
    const message = body?.error?.message ?? `The server answered ${response.status}. Your code is still in the editor.`;
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new ApiCallError(message, response.status, response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return body as T;
}

// A visitor's first write creates their anonymous learner and sets its cookie. Until one write
// has succeeded, writes go one at a time: two concurrent first writes (an autosave racing a
// Submit) would each create a learner, and the last Set-Cookie would orphan the other's work.
let learnerGate: Promise<unknown> | null = null;
let learnerKnown = false;

function asLearner<T>(send: () => Promise<T>): Promise<T> {
  if (learnerKnown) return send();
  const previous = learnerGate;
  const current = (previous ? previous.catch(() => undefined) : Promise.resolve()).then(send);
  learnerGate = current;
  return current.then((value) => {
    learnerKnown = true;
    return value;
  });
}

const base = (exerciseId: string) => `/api/exercises/${encodeURIComponent(exerciseId)}`;

export function runCode(exerciseId: string, code: string): Promise<GradeResult> {
  return call(`${base(exerciseId)}/run`, { method: "POST", body: JSON.stringify({ code }) });
}

export function submitCode(exerciseId: string, code: string): Promise<{ submissionId: string; result: GradeResult }> {
  return asLearner(() => call(`${base(exerciseId)}/submissions`, { method: "POST", body: JSON.stringify({ code }) }));
}

export function saveDraft(exerciseId: string, code: string, keepalive = false): Promise<void> {
  return asLearner(() => call(`${base(exerciseId)}/draft`, { method: "PUT", body: JSON.stringify({ code }), keepalive }));
}

export function listHistory(exerciseId: string): Promise<{ submissions: HistoryEntry[] }> {
  return call(`${base(exerciseId)}/submissions`, { method: "GET" });
}

export function loadSubmission(submissionId: string): Promise<{ submission: { id: string; code: string; createdAt: string; result: GradeResult } }> {
  return call(`/api/submissions/${encodeURIComponent(submissionId)}`, { method: "GET" });
}
