/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */

/** softmax(1, 2, 3), and its Jacobian diag(p) - p p^T. */
const p = [1, 2, 3].map((v) => Math.exp(v) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));

export const softmaxJacobian = p.map((pi, i) => p.map((pj, j) => (i === j ? pi : 0) - pi * pj));
