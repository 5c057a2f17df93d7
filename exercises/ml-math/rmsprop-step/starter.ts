/** One RMSprop step: sq = rho sq + (1 - rho) g^2, params -= lr g / (sqrt(sq) + eps); returns the new params and sq. */
export function rmspropStep(params: number[], grads: number[], sq: number[], lr: number, rho: number, eps: number): { params: number[]; sq: number[] } {
  // Your code here.
  return { params: [...params], sq: [...sq] };
}
