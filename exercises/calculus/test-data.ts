/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */
import { fn } from "@/lib/exercises/test-kit";

/** Integrands several rules are tested on (sin over [0, pi] integrates to exactly 2). */
export const sin = fn("x => Math.sin(x)");

export const square = fn("x => x * x");
