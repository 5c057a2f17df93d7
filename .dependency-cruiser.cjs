// Import boundaries (ARCHITECTURE.md, "Boundaries"), checked by `npm run lint` (lint:boundaries).
// Each rule says why it exists; tests/unit/boundaries.test.ts proves every rule fails on a
// violating import.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "isolated-vm-only-in-grader",
      comment: "isolated-vm is the sandbox boundary: only the grader's sandbox module may create isolates.",
      severity: "error",
      from: { pathNot: "^grader/" },
      to: { path: "^node_modules/isolated-vm/" },
    },
    {
      name: "app-not-to-data-layer",
      comment: "app/ composes: pages, route handlers and actions call one lib/ domain function, never the database.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: ["^lib/db/", "^node_modules/@prisma/", "^node_modules/prisma/", "^node_modules/better-sqlite3/"] },
    },
    {
      name: "grading-processes-never-load-prisma",
      comment: "A grading process runs learner code: it must not hold a database client (nor pay for loading one).",
      severity: "error",
      from: { path: "^grader/worker\\.ts$" },
      to: { path: ["^lib/db/", "^node_modules/@prisma/", "^node_modules/prisma/", "^node_modules/better-sqlite3/"], reachable: true },
    },
    {
      name: "production-not-to-tests",
      comment: "Tests and their fixtures never ship: production code must not import them.",
      severity: "error",
      from: { pathNot: "^tests/" },
      to: { path: "^tests/" },
    },
    {
      name: "no-folder-cycles",
      comment: "Folders depend one way (app -> lib -> db): a cycle between folders means a concept sits in the wrong one.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-file-cycles",
      comment: "A cycle between files makes load order matter; type-only cycles are harmless at run time but still a tangle.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Packages are named by where they are installed, so a checkout whose node_modules is a
    // symlink (the boundary test's temporary copy) reports the same paths.
    preserveSymlinks: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: they are edges of the design even when erased at run time.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json"],
    },
    exclude: { path: ["^lib/db/generated/", "^tests/grader/fixtures/"] },
  },
};
