"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getClientAddress } from "@/lib/http/client-address";
import { signIn } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/users/sign-up";
import { isAppError } from "@/lib/errors";
import { endBrowserSession, readAnonymousToken, startBrowserSession } from "@/lib/http/current-user";
import { safeReturnPath } from "./return-path";

// Server actions: proxy.ts refuses a foreign Origin with a 403 (Next.js would answer 500), and the
// session cookie is SameSite=Lax. Every rule lives in lib/auth; these only adapt the form.

export interface TAuthFormState {
  /** A message for the whole form (wrong credentials, rate limit, storage). */
  error: string | null;
  /** The email as typed, so a failed attempt does not clear it. */
  email: string;
}

/** Sign in with the form's email and password, then go to `next` (or the catalog). */
export async function signInAction(_previous: TAuthFormState, form: FormData): Promise<TAuthFormState> {
  return authenticate(form, signIn);
}

/** Create an account (adopting this browser's anonymous work), then go to `next`. */
export async function signUpAction(_previous: TAuthFormState, form: FormData): Promise<TAuthFormState> {
  return authenticate(form, signUp);
}

/** Sign out: the session row and cookie go; the browser continues as a new anonymous learner. */
export async function signOutAction(): Promise<void> {
  await endBrowserSession();
  redirect("/");
}

async function authenticate(form: FormData, operation: typeof signIn): Promise<TAuthFormState> {
  const email = text(form, "email");
  try {
    const signedIn = await operation({
      email,
      password: text(form, "password"),
      address: getClientAddress(await headers()),
      anonymousToken: await readAnonymousToken(),
    });
    await startBrowserSession(signedIn);
  } catch (error) {
    if (isAppError(error)) return { error: error.message, email };
    console.error("[auth] unexpected error:", error);
    return { error: "Something went wrong on our side. Please try again.", email };
  }
  redirect(safeReturnPath(text(form, "next")));
}

/** A text field, capped: the schemas reject anything longer, no need to carry megabytes there. */
function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
}
