import Link from "next/link";

export default function NotFound() {
  return (
    <main style={{ maxWidth: 640, margin: "64px auto", padding: "0 20px" }}>
      <h1>Not found</h1>
      <p>There is no such page or exercise. It may have been renamed or removed.</p>
      <p>
        <Link href="/">Back to the catalog</Link>
      </p>
    </main>
  );
}
