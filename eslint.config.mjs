// ESLint: Next.js's rules (core web vitals, React, React hooks with the React Compiler's checks,
// jsx-a11y) and typescript-eslint's recommended set. Formatting is Prettier's job, not ESLint's;
// import boundaries are dependency-cruiser's (.dependency-cruiser.cjs). `npm run lint` runs all three.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a value that is unused on purpose (a destructured field left out).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // A starter's parameters are unused until the learner writes the body, and a known mistake is
    // often exactly an argument it ignores (`eps`, `tol`): unused names are the content there.
    files: ["exercises/**/starter.ts", "exercises/**/mistakes/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
  {
    // A reference's named steps take the arguments the known mistakes that override them need
    // (an override replaces the step by name, signature included).
    files: ["exercises/**/reference.ts", "exercises/**/reference-steps.ts"],
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { args: "none", varsIgnorePattern: "^_" }] },
  },
  {
    // A given file declares globals that other files (starter, reference, the learner's code) call.
    files: ["exercises/**/given.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
  // Generated code, and the hostile fixtures (deliberately odd code graded by the sandbox tests).
  globalIgnores([".next/**", "next-env.d.ts", "lib/db/generated/**", "tests/grader/fixtures/**"]),
]);
