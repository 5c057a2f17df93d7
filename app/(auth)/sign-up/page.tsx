import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findCurrentUser } from "@/lib/http/current-user";
import { hasAnyUser } from "@/lib/users/has-any-user";
import { AuthForm } from "../_components/auth-form";
import { JoinNotice } from "../_components/join-notice";
import { signUpAction } from "../actions";
import { safeReturnPath } from "../return-path";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).next);
  if (await findCurrentUser()) redirect(returnTo);
  const isFirstAccount = !(await hasAnyUser());
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-up-title">
        <h1 id="sign-up-title">Create an account</h1>
        {isFirstAccount ? (
          <p className={styles.notice} data-first-account>
            <strong>No account exists yet.</strong> The first account becomes the admin of this installation: it can make other accounts instructors.
          </p>
        ) : null}
        <JoinNotice returnTo={returnTo} verb="creating your account" />
        <p className={styles.lead}>Keep your progress across devices. Everything you solved in this browser so far comes with you.</p>
        <AuthForm mode="sign-up" action={signUpAction} returnTo={returnTo} />
      </section>
    </main>
  );
}
