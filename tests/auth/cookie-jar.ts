import { vi } from "vitest";

/**
 * A stand-in for next/headers in tests of the HTTP edge (current-user, current-learner, route
 * handlers): one browser's cookies, read and written like Next's cookie store.
 * Use with `vi.mock("next/headers", () => nextHeadersMock)`.
 */
export const jar = new Map<string, string>();
export const requestHeaders = new Headers();

export const nextHeadersMock = {
  cookies: vi.fn(async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) as string } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  })),
  headers: vi.fn(async () => requestHeaders),
};
