"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/reset-password";
import { isAppError } from "@/lib/errors";

export interface TResetFormState {
  error: string | null;
}

/** Spends a reset link on a new password, then sends the person to sign in with it. */
export async function resetPasswordAction(_previous: TResetFormState, form: FormData): Promise<TResetFormState> {
  try {
    await resetPassword({ token: String(form.get("token") ?? ""), password: String(form.get("password") ?? "") });
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    console.error("[auth] password reset failed:", error);
    return { error: "Something went wrong on our side. Please try again." };
  }
  redirect("/sign-in?reset=1");
}
