"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/http/current-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { issuePasswordReset } from "@/lib/auth/issue-password-reset";

export interface TRoleFormState {
  status: "idle" | "saved" | "error";
  message: string | null;
}

const ZRoleChange = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });

/**
 * Changes an account's role. Checked here on the server (an admin session) and again inside
 * setUserRole against the database; proxy.ts refuses cross-site calls with a 403 (Origin vs Host).
 */
export async function changeRoleAction(_previous: TRoleFormState, form: FormData): Promise<TRoleFormState> {
  try {
    const admin = await requireUser("admin");
    const parsed = ZRoleChange.safeParse({ userId: form.get("userId"), role: form.get("role") });
    if (!parsed.success) return { status: "error", message: "Choose one of the roles." };
    const user = await setUserRole({ actorId: admin.id, ...parsed.data });
    revalidatePath("/admin/users");
    return {
      status: "saved",
      message: `${user.email} is now ${user.role === "admin" ? "an admin" : `a${user.role === "instructor" ? "n" : ""} ${user.role}`}.`,
    };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message };
    console.error("[admin] role change failed:", error);
    return { status: "error", message: "Something went wrong on our side. Please try again." };
  }
}

export interface TResetLinkState {
  status: "idle" | "issued" | "error";
  message: string | null;
  /** `/reset-password/<token>`: the form prefixes the page's origin for the admin to copy. */
  path: string | null;
}

/** Issues a one-time password-reset link for an account (admin; issuePasswordReset checks the role again). */
export async function issueResetLinkAction(_previous: TResetLinkState, form: FormData): Promise<TResetLinkState> {
  try {
    const admin = await requireUser("admin");
    const link = await issuePasswordReset({ actor: admin, email: String(form.get("email") ?? "") });
    return {
      status: "issued",
      message: `Works once, until ${link.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Any older link for ${link.email} no longer works.`,
      path: link.path,
    };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message, path: null };
    console.error("[admin] reset link failed:", error);
    return { status: "error", message: "Something went wrong on our side. Please try again.", path: null };
  }
}
