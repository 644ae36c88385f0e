import type { ChallengeOptions } from '../../core/index.js'

/**
 * Which body an error is answered with: `'oz'` the Oz wire body as `application/json` (the
 * default), `'problem'` RFC 9457 problem details as `application/problem+json` (`toProblem`),
 * `'negotiate'` the problem body when the request's `Accept` prefers `application/problem+json`
 * (q-values honoured; `*\/*` or no `Accept` means the Oz body), with `Vary: Accept` on both.
 * Status and headers are the kind's in every format.
 */
export type OzFormat = 'oz' | 'problem' | 'negotiate'

/**
 * Options of every renderer that sees the request (`errorHandler`, `respond`, `ozValidator`,
 * `createNotFoundHandler`, `createMethodNotAllowedHandler`): how a 401's challenge reads, which
 * body is sent, and the `type` base of problem details.
 *
 * @example
 * app.onError(errorHandler({ format: 'negotiate', typeBase: 'https://api.example.com/problems/' }))
 */
export interface RenderOptions extends ChallengeOptions {
  /** Default `'oz'`. */
  readonly format?: OzFormat
  /** The start of each problem's `type` (see `toProblem`); default `urn:oz-errors:problem:`. */
  readonly typeBase?: string
}
