/**
 * Grading cannot happen right now for reasons that are not the learner's (queue full, server
 * shutting down, a broken exercise). Answered with 503: the learner keeps the code and retries.
 */
export class GradingUnavailableError extends Error {
  constructor(
    message: string,
    /** For the server log only. */
    readonly detail: string,
    /** Sent as Retry-After when known (a full queue: about when it will have room). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "GradingUnavailableError";
  }
}
