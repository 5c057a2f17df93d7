/** A failed API call, with the server's message (written for people). The one error class of the browser client. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** What to tell the person when the server gives no message of its own (a page can add "your code is still in the editor"). */
export interface ApiCallMessages {
  offline: string;
  failed(status: number): string;
}

const DEFAULT_MESSAGES: ApiCallMessages = {
  offline: "Could not reach the server. Please try again.",
  failed: (status) => `The server answered ${status}.`,
};

/** JSON fetch to our own API from client components: same origin, no cache, errors as ApiCallError. */
export async function callApi<T = unknown>(
  url: string,
  init: { method: string; body?: unknown; keepalive?: boolean },
  messages: ApiCallMessages = DEFAULT_MESSAGES,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      keepalive: init.keepalive,
      cache: "no-store",
    });
  } catch {
    throw new ApiCallError(messages.offline, 0);
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiCallError(body?.error?.message ?? messages.failed(response.status), response.status);
  return body as T;
}
