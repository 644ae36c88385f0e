import type { Context } from 'hono'
import { type ChallengeOptions, httpHeaders, httpStatus, type OzError, toWire } from '../../../core/index.js'
import type { OzErrorResponse } from '../error-response.js'

const JSON_TYPE = 'application/json'

// The headers of every kind that owes nothing more than its body; Response copies them.
const JSON_ONLY: Readonly<Record<string, string>> = Object.freeze({ 'content-type': JSON_TYPE })

/**
 * @internal
 * The JSON content type and the headers the error's status owes. The rule of which headers
 * each kind owes is `httpHeaders`, in the core: it is stated once, there.
 */
export const protocolHeaders = (
  error: OzError,
  options: ChallengeOptions | undefined,
): Readonly<Record<string, string>> => {
  const extra = httpHeaders(error, options)
  for (const _ in extra) return { 'content-type': JSON_TYPE, ...extra }
  return JSON_ONLY
}

/**
 * @internal
 * `errorResponse` through the context, so headers middleware set with `c.header()` before the
 * handler (a request id, say) are kept, as `c.json` keeps them.
 */
export const contextResponse = <E extends OzError>(
  c: Context,
  error: E,
  options?: ChallengeOptions,
  extra?: Readonly<Record<string, string>>,
): OzErrorResponse<E> => {
  const headers = protocolHeaders(error, options)
  const response: Response = c.body(
    JSON.stringify(toWire(error)),
    httpStatus(error),
    extra === undefined ? headers : { ...headers, ...extra },
  )
  // The body is the wire JSON with its content type; TypedResponse is a type-only brand.
  return response as OzErrorResponse<E>
}
