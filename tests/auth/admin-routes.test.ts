import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getSession } from "@/app/api/auth/session/route";
import { PATCH as patchUser } from "@/app/api/admin/users/[userId]/route";
import { GET as listUsersRoute } from "@/app/api/admin/users/route";
import { getDb } from "@/lib/db/client";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { jar } from "./cookie-jar";
import { resetAccounts, signUpUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./cookie-jar")).nextHeadersMock);

let database: TestDatabase;
let tokens: Record<"admin" | "learner", string>;
let learnerId: string;
beforeAll(async () => {
  database = await useTestDatabase();
  await resetAccounts();
  const admin = await signUpUser("admin@example.com");
  const learner = await signUpUser("learner@example.com");
  tokens = { admin: admin.token, learner: learner.token };
  learnerId = learner.user.id;
});
afterAll(() => database.cleanup());
beforeEach(() => jar.clear());

const BASE = "http://localhost:3000";
const as = (who: keyof typeof tokens | null) => (who === null ? jar.delete("gd_session") : jar.set("gd_session", tokens[who]));
const patch = (userId: string, body: unknown, headers: Record<string, string> = {}) =>
  patchUser(
    new Request(`${BASE}/api/admin/users/${userId}`, {
      method: "PATCH",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }),
    {
      params: Promise.resolve({ userId }),
    },
  );

describe("admin routes, called directly", () => {
  it("answer 401 without a session", async () => {
    as(null);
    expect((await listUsersRoute(new Request(`${BASE}/api/admin/users`))).status).toBe(401);
    expect((await patch(learnerId, { role: "instructor" })).status).toBe(401);
    expect((await getSession(new Request(`${BASE}/api/auth/session`))).status).toBe(401);
  });

  it("answer 403 to a learner, who cannot promote themselves either", async () => {
    as("learner");
    expect((await listUsersRoute(new Request(`${BASE}/api/admin/users`))).status).toBe(403);
    const response = await patch(learnerId, { role: "admin" });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: learnerId } })).role).toBe("learner");
  });

  it("serve an admin, and validate the role", async () => {
    as("admin");
    const list = await listUsersRoute(new Request(`${BASE}/api/admin/users`));
    expect(list.status).toBe(200);
    expect(((await list.json()) as { users: { email: string }[] }).users.map((user) => user.email)).toEqual(["admin@example.com", "learner@example.com"]);
    expect((await patch(learnerId, { role: "owner" })).status).toBe(400);
    const promoted = await patch(learnerId, { role: "instructor" });
    expect(promoted.status).toBe(200);
    expect(((await promoted.json()) as { user: { role: string } }).user.role).toBe("instructor");
  });

  it("refuse a cross-site role change even with an admin's cookie", async () => {
    as("admin");
    expect((await patch(learnerId, { role: "admin" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: learnerId } })).role).not.toBe("admin");
  });
});
