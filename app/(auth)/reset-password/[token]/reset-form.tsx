"use client";

import { useActionState } from "react";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/schemas";
import { resetPasswordAction, type TResetFormState } from "../actions";
import styles from "../../auth.module.css";

/** The new password for a reset link; the server checks the rules and spends the link. */
export function ResetForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<TResetFormState, FormData>(resetPasswordAction, { error: null });
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="token" value={token} />
      {state.error && (
        <p className={styles.formError} role="alert">
          {state.error}
        </p>
      )}
      <label className={styles.field}>
        <span className={styles.label}>New password</span>
        <input
          className={styles.input}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          aria-describedby="password-rules"
          autoFocus
        />
        <span id="password-rules" className={styles.hint}>
          {PASSWORD_MIN_LENGTH}–{PASSWORD_MAX_LENGTH} characters. Every browser signed in to this account is signed out.
        </span>
      </label>
      <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
        {pending && <span className="spinner" aria-hidden="true" />}
        Set the new password
      </button>
    </form>
  );
}
