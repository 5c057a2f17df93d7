// No check of the arguments: sigma <= 0 gives a number (or NaN) instead of an Error.
function checkArguments(x: number, mu: number, sigma: number): void {}
