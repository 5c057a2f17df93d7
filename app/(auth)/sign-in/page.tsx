import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findCurrentUser } from "@/lib/http/current-user";
import { AuthForm } from "../_components/auth-form";
import { JoinNotice } from "../_components/join-notice";
import { signInAction } from "../actions";
import { safeReturnPath } from "../return-path";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[]; reset?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnTo = safeReturnPath(query.next);
  if (await findCurrentUser()) redirect(returnTo);
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <JoinNotice returnTo={returnTo} verb="signing in" />
        <p className={styles.lead}>Your progress and submissions follow your account. Work done in this browser before signing in is added to it.</p>
        {query.reset === "1" && (
          <p className={styles.notice} role="status">
            Your password was changed. Sign in with the new one.
          </p>
        )}
        <AuthForm mode="sign-in" action={signInAction} returnTo={returnTo} />
        <p className={styles.switch}>Forgot your password? Ask an admin of this site for a one-time reset link.</p>
      </section>
    </main>
  );
}
