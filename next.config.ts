import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // isolated-vm is never bundled (and only grader/worker processes load it); the wasm schema
  // engine and better-sqlite3 are native/wasm and must be required from node_modules at run time.
  serverExternalPackages: ["isolated-vm", "better-sqlite3", "@prisma/schema-engine-wasm", "sucrase", "fast-check", "argon2"],
  poweredByHeader: false,
  // proxy.ts strips trailing slashes itself: Next's redirect ran before it and sent
  // `/api/submissions/..` (resolved to `/api/submissions/`... then `/api`) to an HTML 404.
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
