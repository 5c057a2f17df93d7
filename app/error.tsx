"use client";

import Link from "next/link";

/** Shown when a page fails to render: the details are in the server log, not here. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main style={{ maxWidth: 640, margin: "64px auto", padding: "0 20px" }}>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Your saved work is not affected.</p>
      <p style={{ display: "flex", gap: 12 }}>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="button button-quiet">
          Back to the catalog
        </Link>
      </p>
    </main>
  );
}
