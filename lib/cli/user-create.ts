/**
 * npm run user:create -- --email a@b.c [--role learner|instructor|admin]
 *
 * Creates an account for scripted setups. The password comes from stdin: piped (the first
 * line), or typed at a prompt that does not echo. Never from an argument: arguments end up in
 * shell history and in `ps`. On a fresh install (no database file yet) it creates and migrates
 * the database first; an existing one is left alone, so this also works while the server runs.
 * The first account of an installation becomes admin whatever --role says.
 * Exit codes: 0 created, 2 usage error (arguments, email or password rules), 1 anything else.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { ROLES, type TRole } from "../auth/roles";
import { ZEmail, ZNewPassword } from "../auth/schemas";
import { applyMigrations } from "../../prisma/apply-migrations";
import { closeDb } from "../db/client";
import { getDatabasePath, getDatabaseUrl } from "../../prisma/database-url";
import { isAppError } from "../errors";
import { createUser } from "../users/create-user";

const USAGE = `Usage: npm run user:create -- --email <address> [--role ${ROLES.join("|")}]
The password is read from stdin (piped, first line) or prompted for without echo.`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { email, role } = parseArguments(process.argv.slice(2));
  const password = await readPassword();
  const parsedPassword = ZNewPassword.safeParse(password);
  if (!parsedPassword.success) throw new UsageError(`Password: ${parsedPassword.error.issues[0].message}`);
  const databaseUrl = getDatabaseUrl();
  // The migration engine needs the file to itself: only a missing database is created here.
  if (!fs.existsSync(getDatabasePath(databaseUrl))) await applyMigrations(databaseUrl);
  const user = await createUser({ email, password: parsedPassword.data, role });
  const note = user.role !== role ? " (the first account of an installation is always admin)" : "";
  console.log(`Created ${user.email} as ${user.role}${note}.`);
  return 0;
}

function parseArguments(argv: string[]): { email: string; role: TRole } {
  let values: { email?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { email: { type: "string" }, role: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.email) throw new UsageError("--email is required.");
  const email = ZEmail.safeParse(values.email);
  if (!email.success) throw new UsageError(`--email: ${email.error.issues[0].message}`);
  const role = values.role ?? "learner";
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}.`);
  return { email: email.data, role: role as TRole };
}

/** The first line of piped stdin, or a password typed at a prompt that echoes nothing. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) {
      text += String(chunk);
      if (text.length > 10_000) break;
    }
    return text.split(/\r?\n/)[0] ?? "";
  }
  const first = await prompt("Password: ");
  const second = await prompt("Repeat the password: ");
  if (first !== second) throw new UsageError("The passwords do not match.");
  return first;
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let typed = "";
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n" || character === "\u0004") return finish();
        if (character === "\u0003") return finish(new UsageError("Cancelled."));
        if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
        else if (character >= " ") typed += character;
      }
    };
    stdin.on("data", onData);
  });
}

main()
  .then(
    (code) => code,
    (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n${USAGE}`);
        return 2;
      }
      if (isAppError(error, "conflict")) {
        console.error("An account with this email already exists.");
        return 1;
      }
      if (isAppError(error, "invalid_input")) {
        console.error(error.message);
        return 2;
      }
      console.error(`Could not create the account: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await closeDb().catch(() => undefined);
    process.exit(code);
  });
