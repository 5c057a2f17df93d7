"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZSignIn, ZSignUp, fieldErrors } from "@/lib/auth/schemas";
import type { TAuthFormState } from "../actions";
import styles from "../auth.module.css";

interface Props {
  mode: "sign-in" | "sign-up";
  action: (state: TAuthFormState, form: FormData) => Promise<TAuthFormState>;
  returnTo: string;
}

/**
 * The sign-in and sign-up form. Works without JavaScript (a plain form post to the server
 * action); with it, the shared zod schema checks the fields before anything is sent.
 */
export function AuthForm({ mode, action, returnTo }: Props) {
  const [state, formAction, pending] = useActionState(action, { error: null, email: "" });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const isSignUp = mode === "sign-up";

  const check = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    const parsed = (isSignUp ? ZSignUp : ZSignIn).safeParse({ email: form.get("email"), password: form.get("password") });
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    setErrors(found);
    if (!parsed.success) event.preventDefault();
  };

  return (
    <form action={formAction} onSubmit={check} className={styles.form} noValidate>
      <input type="hidden" name="next" value={returnTo} />
      {state.error && (
        <p className={styles.formError} role="alert">
          {state.error}
        </p>
      )}
      <label className={styles.field}>
        <span className={styles.label}>Email</span>
        <input
          className={styles.input}
          type="email"
          name="email"
          autoComplete="email"
          required
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={state.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          autoFocus
        />
        {errors.email && (
          <span id="email-error" className={styles.fieldError}>
            {errors.email}
          </span>
        )}
      </label>
      <label className={styles.field}>
        <span className={styles.label}>Password</span>
        <input
          className={styles.input}
          type="password"
          name="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          required
          minLength={isSignUp ? PASSWORD_MIN_LENGTH : undefined}
          maxLength={PASSWORD_MAX_LENGTH}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={isSignUp ? "password-rules" : undefined}
        />
        {isSignUp && (
          <span id="password-rules" className={styles.hint}>
            {PASSWORD_MIN_LENGTH}–{PASSWORD_MAX_LENGTH} characters. A few unrelated words make a good one.
          </span>
        )}
        {errors.password && <span className={styles.fieldError}>{errors.password}</span>}
      </label>
      <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
        {pending && <span className="spinner" aria-hidden="true" />}
        {isSignUp ? "Create account" : "Sign in"}
      </button>
      <p className={styles.switch}>
        {isSignUp ? "Already have an account? " : "No account yet? "}
        <Link href={`/${isSignUp ? "sign-in" : "sign-up"}${returnTo === "/" ? "" : `?next=${encodeURIComponent(returnTo)}`}`}>
          {isSignUp ? "Sign in" : "Create one"}
        </Link>
      </p>
    </form>
  );
}
