import { badArgs, defineTests } from "@/lib/exercises/test-kit";
import { grid, zeros } from "../test-data";
import { identity } from "../../linear-algebra/test-data";

const X1 = [
  [1, 2],
  [-1, 0.5],
  [0, -3],
];
const W23 = [
  [1, 0, -1],
  [2, 1, 0],
];
const b3 = [0.5, -1, 1];
// X1 W23 + b3, worked by hand: (1, 2) -> (5.5, 1, 0); (-1, 0.5) -> (0.5, -0.5, 2); (0, -3) -> (-5.5, -4, 1).
const Z1 = [
  [5.5, 1, 0],
  [0.5, -0.5, 2],
  [-5.5, -4, 1],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms.
    {
      name: "identity weights and zero bias return X ('none')",
      args: [
        [
          [1.5, -2, 3],
          [0, 4, -0.25],
        ],
        identity(3),
        zeros(3),
        "none",
      ],
      expected: [
        [1.5, -2, 3],
        [0, 4, -0.25],
      ],
    },
    { name: "X W + b by hand, 2 inputs, 3 outputs ('none')", args: [X1, W23, b3, "none"], expected: Z1 },
    { name: "relu zeroes the negative pre-activations", args: [X1, W23, b3, "relu"], expected: Z1.map((row) => row.map((z) => Math.max(0, z))) },
    { name: "sigmoid of the same pre-activations", args: [X1, W23, b3, "sigmoid"], expected: Z1.map((row) => row.map((z) => 1 / (1 + Math.exp(-z)))) },
    {
      name: "sigmoid(0) = 1/2, sigmoid(+-ln 3) = 3/4 and 1/4",
      args: [[[0], [Math.log(3)], [-Math.log(3)]], [[1]], [0], "sigmoid"],
      expected: [[0.5], [0.75], [0.25]],
    },
    {
      name: "relu at exactly 0 is 0",
      args: [
        [[1, -1]],
        [
          [2, 0],
          [2, 0],
        ],
        [0, 0],
        "relu",
      ],
      expected: [[0, 0]],
    },
    {
      name: "zero weights: every row is the bias",
      args: [grid(4, 3, 0.5, 2), [zeros(2), zeros(2), zeros(2)], [1.5, -2], "none"],
      expected: [
        [1.5, -2],
        [1.5, -2],
        [1.5, -2],
        [1.5, -2],
      ],
    },
    {
      name: "zero weights with relu: every row is relu(b)",
      args: [grid(3, 2, 1.5, 2), [zeros(3), zeros(3)], [1.5, -2, 0.25], "relu"],
      expected: [
        [1.5, 0, 0.25],
        [1.5, 0, 0.25],
        [1.5, 0, 0.25],
      ],
    },
    // Shapes.
    { name: "one sample, one input, one output", args: [[[3]], [[-2]], [0.5], "none"], expected: [[-5.5]] },
    { name: "a single output column (a regression head)", args: [grid(5, 4, 0.3, 2), grid(4, 1, 1.2, 2), [0.1], "none"] },
    { name: "one input feature, four outputs", args: [[[1], [-2], [0.5]], [[1, -1, 2, 0.5]], [0, 1, -1, 0.25], "relu"] },
    { name: "tall W (4 x 2): W is d x k, not k x d", args: [grid(3, 4, 2.2, 2), grid(4, 2, 0.7, 2), [0.5, -0.5], "none"] },
    { name: "wide W (2 x 5) with sigmoid", args: [grid(4, 2, 1.9, 2), grid(2, 5, 3.1, 2), [0, 0.5, -0.5, 1, -1], "sigmoid"] },
    {
      name: "square W is not transposed",
      args: [
        [[1, 2, 3]],
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        [0, 0, 0],
        "none",
      ],
      expected: [[30, 36, 42]],
    },
    { name: "a batch of 8 samples, 6 inputs, 4 outputs (relu)", args: [grid(8, 6, 0.9, 2), grid(6, 4, 2.5, 1), [0.5, -0.5, 0.25, 0], "relu"] },
    { name: "a batch of 8 samples, 6 inputs, 4 outputs (sigmoid)", args: [grid(8, 6, 4.1, 2), grid(6, 4, 5.3, 1), [0.1, -0.2, 0.3, -0.4], "sigmoid"] },
    // Large and small magnitudes.
    // sigma(-710) = 4.5e-309 is a subnormal double, which the stable form returns; atol 1e-9 cannot
    // tell it from 0, so this case checks the absence of NaN, not the subnormal digits.
    {
      name: "sigmoid saturates without NaN: z = 1000, 710, -710, -1000",
      args: [[[1000], [710], [-710], [-1000]], [[1]], [0], "sigmoid"],
      expected: [[1], [1], [Math.exp(-710)], [0]],
    },
    {
      name: "sigmoid of large pre-activations from a product",
      args: [
        [
          [100, 200],
          [-300, 50],
        ],
        [
          [4, -4],
          [3, -3],
        ],
        [0, 0],
        "sigmoid",
      ],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    { name: "sigmoid of tiny pre-activations is about 1/2 + z/4", args: [[[1e-9], [-2e-9]], [[1]], [0], "sigmoid"] },
    {
      name: "large magnitudes ('none')",
      tier: "robustness",
      args: [
        [[1e150, -2e150]],
        [
          [1e150, 0],
          [1e150, 1e150],
        ],
        [0, 1e300],
        "none",
      ],
      expected: [[-1e300, -1e300]],
    },
    {
      name: "large magnitudes (relu)",
      tier: "robustness",
      args: [
        [[1e150, -2e150]],
        [
          [1e150, 0],
          [1e150, 1e150],
        ],
        [0, 3e300],
        "relu",
      ],
      expected: [[0, 1e300]],
    },
    // Bad arguments.
    { name: "an unknown activation ('tanh') must throw", tier: "robustness", args: badArgs([X1, W23, b3, "tanh"]), throws: true },
    { name: "an unknown activation ('linear') must throw", tier: "robustness", args: badArgs([X1, W23, b3, "linear"]), throws: true },
    { name: "activation names are case-sensitive ('ReLU') and must throw", tier: "robustness", args: badArgs([X1, W23, b3, "ReLU"]), throws: true },
    { name: "an empty activation name must throw", tier: "robustness", args: badArgs([X1, W23, b3, ""]), throws: true },
    { name: "X columns different from W rows must throw", tier: "required", args: [grid(2, 3, 0.1, 2), grid(2, 3, 0.2, 2), [0, 0, 0], "none"], throws: true },
    {
      name: "W given as k x d (transposed) must throw",
      tier: "required",
      args: [
        X1,
        [
          [1, 2],
          [0, 1],
          [-1, 0],
        ],
        b3,
        "none",
      ],
      throws: true,
    },
    { name: "b shorter than the number of outputs must throw", tier: "required", args: [X1, W23, [1, 2], "none"], throws: true },
    { name: "b longer than the number of outputs must throw", tier: "required", args: [X1, W23, [1, 2, 3, 4], "relu"], throws: true },
    { name: "ragged X must throw", tier: "robustness", args: [[[1, 2], [3]], W23, b3, "none"], throws: true },
    {
      name: "ragged W must throw",
      tier: "robustness",
      args: [
        X1,
        [
          [1, 0, -1],
          [2, 1],
        ],
        b3,
        "none",
      ],
      throws: true,
    },
    { name: "no samples give no rows", args: [[], W23, b3, "none"], expected: [] },
    { name: "X with empty rows must throw", tier: "required", args: [[[]], [[]], [], "none"], throws: true },
    { name: "empty W must throw", tier: "required", args: [[[1, 2]], [], [], "none"], throws: true },
  ],
  random: {
    seed: 20261220,
    count: 25,
    // Shapes and activation first, then X, W and b as flat arrays cut into rows.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 6 }),
          fc.constantFrom("none", "relu", "sigmoid"),
          fc.array(
            fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
            { minLength: 36, maxLength: 36 },
          ),
          fc.array(
            fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
            { minLength: 36, maxLength: 36 },
          ),
          fc.array(
            fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
            { minLength: 6, maxLength: 6 },
          ),
        )
        .map(([n, d, k, activation, xs, ws, bs]) => {
          const rows = (flat: number[], count: number, width: number) => Array.from({ length: count }, (_, r) => flat.slice(r * width, r * width + width));
          return [rows(xs, n, d), rows(ws, d, k), bs.slice(0, k), activation];
        }),
  },
});
