import type { GradeResult } from "@/lib/grading/types";
import { callApi, type ApiCallMessages } from "@/app/_components/api-client";

// The exercise page's wording: a failed call must say the learner's code is safe.
const MESSAGES: ApiCallMessages = {
  offline: "Could not reach the server. Your code is still in the editor; try again in a moment.",
  failed: (status) => `The server answered ${status}. Your code is still in the editor.`,
};

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
  return callApi(`${base(exerciseId)}/run`, { method: "POST", body: { code } }, MESSAGES);
}

export function submitCode(exerciseId: string, code: string): Promise<{ submissionId: string; result: GradeResult }> {
  return asLearner(() => callApi(`${base(exerciseId)}/submissions`, { method: "POST", body: { code } }, MESSAGES));
}

export function saveDraft(exerciseId: string, code: string, keepalive = false): Promise<void> {
  return asLearner(() => callApi(`${base(exerciseId)}/draft`, { method: "PUT", body: { code }, keepalive }, MESSAGES));
}

export function loadSubmission(submissionId: string): Promise<{ submission: { id: string; code: string; createdAt: string; result: GradeResult } }> {
  return callApi(`/api/submissions/${encodeURIComponent(submissionId)}`, { method: "GET" }, MESSAGES);
}
