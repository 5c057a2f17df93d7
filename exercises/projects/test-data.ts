/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */

/**
 * The birds of one species. Simpson's paradox lives here: pooled, beak length and depth correlate
 * negatively (r = -0.235) and deeper beaks go with lighter penguins (Gentoo are heavy with shallow
 * beaks); within every species both go the other way (beak r: Adelie +0.39, Chinstrap +0.65, Gentoo +0.64).
 */
export function ofSpecies<Bird extends { species: string }>(birds: Bird[], species: string): Bird[] {
  return birds.filter((bird) => bird.species === species);
}
