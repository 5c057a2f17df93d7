import Link from "next/link";
import { isAppError } from "@/lib/errors";
import { findCurrentUser, type CurrentUser } from "@/lib/http/current-user";
import { signOutAction } from "../(auth)/actions";
import styles from "./account-nav.module.css";

/** The header's account links: History for everyone; Admin for admins; sign in/out. */
export async function AccountNav() {
  const user = await loadUser();
  return (
    <>
      <Link href="/history">History</Link>
      {user?.role === "admin" && <Link href="/admin/users">Admin</Link>}
      {user ? (
        <form action={signOutAction} className={styles.account}>
          <Link href="/profile" className={styles.email} title={`Signed in as ${user.email} (${user.role}): your profile`} data-testid="signed-in-as">
            {user.email}
          </Link>
          <button type="submit" className="button button-quiet">
            Sign out
          </button>
        </form>
      ) : (
        <span className={styles.account}>
          <Link href="/sign-in">Sign in</Link>
          <Link href="/sign-up" className={`button ${styles.signUp}`}>
            Sign up
          </Link>
        </span>
      )}
    </>
  );
}

async function loadUser(): Promise<CurrentUser | null> {
  try {
    return await findCurrentUser();
  } catch (error) {
    // A storage problem must not take every page's header down: show the visitor as signed out.
    console.error("[header] session unavailable:", isAppError(error) ? error.message : error);
    return null;
  }
}
