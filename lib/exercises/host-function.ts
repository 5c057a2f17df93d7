/** A trusted exercise function (reference, mistake, given helper) as the grading process calls it on the host. */
export type HostFunction = (...args: unknown[]) => unknown;
