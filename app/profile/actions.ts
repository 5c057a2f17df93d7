"use server";

import { revalidatePath } from "next/cache";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/http/current-user";
import { updateOwnProfile } from "@/lib/users/update-own-profile";

export interface TProfileFormState {
  status: "idle" | "saved" | "error";
  message: string | null;
}

/** Saves the signed-in person's own name and student id. */
export async function saveProfileAction(_previous: TProfileFormState, form: FormData): Promise<TProfileFormState> {
  try {
    const user = await requireUser();
    await updateOwnProfile({ actor: user, input: { displayName: String(form.get("displayName") ?? ""), studentId: String(form.get("studentId") ?? "") } });
    revalidatePath("/profile");
    return { status: "saved", message: "Saved. Your instructors see this name and student id in their gradebooks." };
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message };
    console.error("[profile] save failed:", error);
    return { status: "error", message: "Something went wrong on our side. Please try again." };
  }
}
