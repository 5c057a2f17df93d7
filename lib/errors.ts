/**
 * Errors that lib/ functions throw on purpose. Route handlers map `code` to a status with
 * APP_ERROR_STATUS and show `message`, which is written for the person on the other end;
 * anything that is not an AppError is a bug and gets a generic 500.
 */
export type AppErrorCode = "not_found" | "forbidden" | "unauthenticated" | "invalid_input" | "conflict" | "rate_limited" | "storage_unavailable";

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  storage_unavailable: 503,
};

export class AppError extends Error {
  /** For rate_limited: seconds until a retry can succeed (the API sends it as Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: ErrorOptions & { retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = "AppError";
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** True for an AppError, optionally of one code. */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
