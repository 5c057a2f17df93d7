import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/users/list-users";
import { LocalTime } from "@/app/_components/local-time";
import { userOrSignIn } from "@/app/_components/page-access";
import { AdminOnly } from "../_components/admin-only";
import { RoleForm } from "./role-form";
import { ResetLinkForm } from "./reset-link-form";
import styles from "../admin.module.css";

export const metadata: Metadata = { title: "Accounts" };

const ROLE_BADGES = { learner: "badge-neutral", instructor: "badge-medium", admin: "badge-hard" } as const;

/** Admin: every account with its role and activity; roles change here. */
export default async function AdminUsersPage() {
  const user = await userOrSignIn("/admin/users");
  if (!hasRole(user.role, "admin")) return <AdminOnly />;
  const users = await listUsers({ actor: user });
  const counts = { admin: 0, instructor: 0, learner: 0 };
  for (const row of users) counts[row.role] += 1;

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>Accounts</h1>
          <p className={styles.lead}>Instructors create courses and problem sets; admins also manage accounts. There is always at least one admin.</p>
        </div>
        <p className={styles.counts}>
          {users.length} account{users.length === 1 ? "" : "s"} · {counts.admin} admin{counts.admin === 1 ? "" : "s"} · {counts.instructor} instructor
          {counts.instructor === 1 ? "" : "s"}
        </p>
      </header>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Accounts">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Last active</th>
              <th scope="col" className={styles.number}>
                Submissions
              </th>
              <th scope="col">Change role</th>
              <th scope="col">Password</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id} data-email={row.email}>
                <td className={styles.email}>
                  {row.email}
                  {row.id === user.id && <span className={styles.you}> (you)</span>}
                </td>
                <td>
                  <span className={`badge ${ROLE_BADGES[row.role]}`} data-role={row.role}>
                    {row.role}
                  </span>
                </td>
                <td className={styles.time}>
                  <LocalTime iso={row.createdAt.toISOString()} format="dateTimeWithYear" />
                </td>
                <td className={styles.time}>
                  <LocalTime iso={row.lastActiveAt.toISOString()} format="dateTimeWithYear" />
                </td>
                <td className={styles.number}>{row.submissionCount}</td>
                <td>
                  <RoleForm userId={row.id} email={row.email} role={row.role} />
                </td>
                <td>
                  <ResetLinkForm email={row.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
