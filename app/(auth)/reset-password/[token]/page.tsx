import type { Metadata } from "next";
import { checkPasswordReset } from "@/lib/auth/check-password-reset";
import styles from "../../auth.module.css";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** A one-time reset link, handed over by an admin: the account it is for, and a new password. */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await checkPasswordReset({ token });
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="reset-title">
        <h1 id="reset-title">Choose a new password</h1>
        {link ? (
          <>
            <p className={styles.lead}>
              For <strong data-testid="reset-email">{link.email}</strong>. This link works once.
            </p>
            <ResetForm token={token} />
          </>
        ) : (
          <p className={styles.formError} role="alert">
            This reset link is not valid: it was already used, replaced by a newer one, or it expired. Ask an admin for a new link.
          </p>
        )}
      </section>
    </main>
  );
}
