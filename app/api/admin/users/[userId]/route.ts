import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";
import { setUserRole } from "@/lib/users/set-user-role";

const ZBody = z.object({ role: z.enum(ROLES) });

/** Admin: `{ role }` → `{ user }`. 401/403 as usual; 409 when it would demote the last admin. */
export async function PATCH(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  return handleRoute(request, "/api/admin/users/[userId]", async () => {
    const admin = await requireUser("admin");
    const { role } = await parseJsonBody(request, ZBody);
    return jsonResponse({ user: await setUserRole({ actorId: admin.id, userId, role }) });
  });
}
