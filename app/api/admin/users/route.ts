import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { listUsers } from "@/lib/users/list-users";

/** Admin: every account with role and activity. 401 without a session, 403 for non-admins. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/admin/users", async () => {
    const admin = await requireUser("admin");
    return jsonResponse({ users: await listUsers({ actor: admin }) });
  });
}
