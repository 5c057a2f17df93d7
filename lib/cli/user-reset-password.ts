/**
 * npm run user:reset-password -- <email>
 *
 * Prints a one-time password-reset link for an account (lib/auth/issue-password-reset.ts): the
 * operator hands it over, there is no mail server. The link starts with GD_PUBLIC_URL (the
 * address learners use, e.g. https://gd.example.edu), http://localhost:$PORT without it.
 * Exit codes: 0 printed, 2 usage error (no or bad email), 1 anything else (no such account).
 */
import { issuePasswordReset } from "../auth/issue-password-reset";
import { closeDb } from "../db/client";
import { isAppError } from "../errors";

const USAGE = "Usage: npm run user:reset-password -- <email>";

async function main(): Promise<number> {
  const email = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  if (!email || process.argv.includes("--help") || process.argv.includes("-h")) {
    console.error(USAGE);
    return email ? 0 : 2;
  }
  const base = (process.env.GD_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
  const link = await issuePasswordReset({ actor: null, email });
  console.log(`One-time password-reset link for ${link.email} (works once, until ${link.expiresAt.toISOString()}):`);
  console.log(`${base}${link.path}`);
  return 0;
}

main()
  .then(
    (code) => code,
    (error: unknown) => {
      if (isAppError(error, "invalid_input")) {
        console.error(`${error.message}\n${USAGE}`);
        return 2;
      }
      console.error(isAppError(error) ? error.message : `Could not issue the link: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await closeDb().catch(() => undefined);
    process.exit(code);
  });
