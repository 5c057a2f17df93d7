import Link from "next/link";

/** What a signed-in account without the admin role sees on admin pages. */
export function AdminOnly() {
  return (
    <main style={{ maxWidth: 640, margin: "64px auto", padding: "0 20px" }} data-forbidden>
      <h1>Admins only</h1>
      <p>This page needs an admin account. Ask an admin of this installation if you need access.</p>
      <p>
        <Link href="/">Back to the catalog</Link>
      </p>
    </main>
  );
}
