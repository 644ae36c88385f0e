// Which body an error answer must be (issue 15): the Oz body as `application/json` everywhere,
// but on the negotiated mount the problem details (`application/problem+json`) exactly when the
// request's `Accept` prefers them (by the oracle of accept.ts), with `Vary: Accept` on both.
import type { Result } from 'neverthrow'
import { fromProblem, fromWire, type OzError, type OzWireError } from 'oz-errors'
import { wanted } from './accept.js'
import type { Sent } from './leaks.js'
import { NEGOTIATED_MOUNT, PROBLEM_BASE } from './negotiated.js'

export const JSON_TYPE = 'application/json'
export const PROBLEM_TYPE = 'application/problem+json'

/** The decoder of an error body of `type`: `fromProblem` for problem details, else `fromWire`. */
export const decoderOf = (type: string | undefined): ((body: unknown) => Result<OzError, OzWireError>) =>
  type === PROBLEM_TYPE ? fromProblem : fromWire

// `Vary` is a list of field names, in any case; `*` varies on everything.
const variesOnAccept = (vary: string | undefined): boolean =>
  (vary ?? '').split(',').some((name) => ['accept', '*'].includes(name.trim().toLowerCase()))

const quote = (accept: string): string =>
  accept.length > 80
    ? `${JSON.stringify(accept.slice(0, 80))}… (${accept.length} chars)`
    : JSON.stringify(accept)

/**
 * The rule an error answer (also one to HEAD) breaks by its content type or `Vary`, if any.
 * `sent.accept` is the request's `Accept` as the server read it; without it (the load run) the
 * judge checks that a negotiated answer is one of the two, not which.
 */
export const formatProblem = (headers: Readonly<Record<string, string>>, sent?: Sent): string | undefined => {
  const type = headers['content-type']
  if (headers[NEGOTIATED_MOUNT] === undefined) {
    return type === JSON_TYPE ? undefined : `an error that is not ${JSON_TYPE}`
  }
  if (type !== JSON_TYPE && type !== PROBLEM_TYPE) return `a negotiated error that is ${type ?? 'untyped'}`
  if (!variesOnAccept(headers.vary)) return `a negotiated error without Vary: Accept (Vary: ${headers.vary})`
  if (sent?.accept === undefined) return undefined
  const want = wanted(sent.accept)
  if (want === 'problem' && type !== PROBLEM_TYPE)
    return `Accept ${quote(sent.accept)} prefers problem details`
  if (want === 'oz' && type !== JSON_TYPE) return `Accept ${quote(sent.accept)} prefers the Oz body`
  return undefined
}

/** What a decoded problem body breaks that `fromProblem` does not read: `type` under the mount's base. */
export const problemTypeProblem = (body: unknown): string | undefined => {
  const type = typeof body === 'object' && body !== null && 'type' in body ? body.type : undefined
  return typeof type === 'string' && type.startsWith(PROBLEM_BASE)
    ? undefined
    : `a problem type not under ${PROBLEM_BASE}`
}
