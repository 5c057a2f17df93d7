/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */

// Anscombe's quartet (F. J. Anscombe, 1973): four data sets sharing the fitted line
// y = 3.00 + 0.500 x and R^2 = 0.67; the values to the digit come from scipy.stats.linregress.
// The others are closed forms: slope = sxy / sxx, intercept = mean(y) - slope mean(x), R^2 = r^2.
export const ax = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];

export const ax4 = [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8];

export const ay1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

export const ay2 = [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74];

export const ay3 = [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73];

export const ay4 = [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89];

export const longX = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 0.9) * 1000) / 10);
