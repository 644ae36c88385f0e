import type { Context } from 'hono'
import {
  type ChallengeOptions,
  httpHeaders,
  httpStatus,
  type OzError,
  toProblem,
  toWire,
} from '../../../core/index.js'
import type { OzErrorResponse } from '../error-response.js'
import type { RenderOptions } from '../render-options.js'
import { JSON_TYPE, PROBLEM_TYPE, prefersProblem } from './prefers-problem.js'

// The headers of every kind that owes nothing more than its body; Response copies them.
const JSON_ONLY: Readonly<Record<string, string>> = Object.freeze({ 'content-type': JSON_TYPE })
const PROBLEM_ONLY: Readonly<Record<string, string>> = Object.freeze({ 'content-type': PROBLEM_TYPE })

/**
 * @internal
 * The content type and the headers the error's status owes. The rule of which headers each
 * kind owes is `httpHeaders`, in the core: it is stated once, there.
 */
export const protocolHeaders = (
  error: OzError,
  options: ChallengeOptions | undefined,
  problem: boolean,
): Readonly<Record<string, string>> => {
  const extra = httpHeaders(error, options)
  for (const _ in extra) return { 'content-type': problem ? PROBLEM_TYPE : JSON_TYPE, ...extra }
  return problem ? PROBLEM_ONLY : JSON_ONLY
}

/** @internal The body of an error in the format chosen: the problem object or the Oz wire body. */
export const bodyOf = (error: OzError, problem: boolean, options: RenderOptions | undefined): string =>
  JSON.stringify(problem ? toProblem(error, options) : toWire(error))

/**
 * @internal
 * `errorResponse` through the context, so headers middleware set with `c.header()` before the
 * handler (a request id, say) are kept, as `c.json` keeps them. `options.format` picks the body;
 * `'negotiate'` reads `Accept` and adds `Vary: Accept` to whatever Vary was already set.
 */
export const contextResponse = <E extends OzError>(
  c: Context,
  error: E,
  options?: RenderOptions,
  extra?: Readonly<Record<string, string>>,
): OzErrorResponse<E> => {
  const format = options?.format
  const negotiate = format === 'negotiate'
  const problem = format === 'problem' || (negotiate && prefersProblem(c.req.header('accept')))
  const headers = protocolHeaders(error, options, problem)
  const response: Response = c.body(
    bodyOf(error, problem, options),
    httpStatus(error),
    // Spreading an absent `extra` adds nothing.
    { ...headers, ...extra },
  )
  if (negotiate) response.headers.append('vary', 'Accept')
  // The body is the chosen JSON with its content type; TypedResponse is a type-only brand.
  return response as OzErrorResponse<E>
}
