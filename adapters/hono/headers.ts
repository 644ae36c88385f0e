import { type ChallengeOptions, httpHeaders, type OzError } from '../../core/index.js'

/**
 * Options of `errorResponse` (and of `respond` and `errorHandler`): how a 401's challenge
 * reads (`authScheme`, default `Bearer`; `realm`, default `api`).
 */
export type ErrorResponseOptions = ChallengeOptions

const JSON_TYPE = 'application/json'

// The headers of every kind that owes nothing more than its body; Response copies them.
const JSON_ONLY: Readonly<Record<string, string>> = Object.freeze({ 'content-type': JSON_TYPE })

/** The JSON content type and the headers the error's status owes (`httpHeaders`). */
export const protocolHeaders = (
  error: OzError,
  options: ErrorResponseOptions | undefined,
): Readonly<Record<string, string>> => {
  const extra = httpHeaders(error, options)
  for (const _ in extra) return { 'content-type': JSON_TYPE, ...extra }
  return JSON_ONLY
}
