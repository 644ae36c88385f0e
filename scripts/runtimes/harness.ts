// A few lines of test harness that run unchanged on Node, Bun, Deno and workerd: named checks,
// a deep comparison of JSON values, and a tally. No test runner runs on all five.

/** What one check found: `reason` is set when it failed. */
export interface Outcome {
  readonly name: string
  readonly reason?: string
}

/** A group of checks, registered by name and run in order. */
export type Check = readonly [name: string, run: () => void | Promise<void>]

export class CheckFailed extends Error {}

/** Fails the check unless `actual` and `expected` are the same JSON value (key order included). */
export const equal = (actual: unknown, expected: unknown, what: string): void => {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new CheckFailed(`${what}: expected ${e}, got ${a}`)
}

/** Fails the check unless `condition` holds. */
export const assert = (condition: boolean, what: string): void => {
  if (!condition) throw new CheckFailed(what)
}

/** Runs every check, catching what it throws, so one failure does not hide the others. */
export const runChecks = async (checks: readonly Check[]): Promise<Outcome[]> => {
  const outcomes: Outcome[] = []
  for (const [name, run] of checks) {
    try {
      await run()
      outcomes.push({ name })
    } catch (error) {
      const reason = error instanceof CheckFailed ? error.message : `threw ${String(error)}`
      outcomes.push({ name, reason })
    }
  }
  return outcomes
}

/** Starts the line a runtime prints last, followed by its outcomes as JSON, for the driver. */
export const SUMMARY_PREFIX = 'oz-runtime-summary '
