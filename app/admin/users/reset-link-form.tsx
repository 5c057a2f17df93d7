"use client";

import { useActionState, useState } from "react";
import { issueResetLinkAction, type TResetLinkState } from "./actions";
import styles from "../admin.module.css";

/** Issues a one-time password-reset link and shows it to copy: there is no mail server, the admin hands it over. */
export function ResetLinkForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<TResetLinkState, FormData>(issueResetLinkAction, { status: "idle", message: null, path: null });
  const [copied, setCopied] = useState(false);
  const link = state.path ? `${window.location.origin}${state.path}` : null;
  return (
    <form action={action} className={styles.resetForm}>
      <input type="hidden" name="email" value={email} />
      <button type="submit" className="button" disabled={pending} aria-label={`Issue a password-reset link for ${email}`}>
        Reset link
      </button>
      {link && (
        <span className={styles.resetLink}>
          <input
            readOnly
            value={link}
            aria-label={`Password-reset link for ${email}`}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="reset-link"
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() =>
              void navigator.clipboard.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? "Copied ✓" : "Copy"}
          </button>
        </span>
      )}
      {state.message && (
        <span className={state.status === "error" ? styles.formError : styles.formSaved} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
