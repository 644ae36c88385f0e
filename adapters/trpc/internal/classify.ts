import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { TRPCError } from '@trpc/server'
import { asOzError, fromIssues, kindForStatus, OzErr, type OzError, ozError } from '../../../core/index.js'

// How far `cause` chains are followed: a TRPCError around an OzException is one step; a
// middleware that wraps again adds one. The bound stops hostile cycles.
const MAX_CHAIN = 4

// tRPC turns a thrown non-Error object into an `UnknownCauseError` that copies its members;
// the members of a thrown plain OzError are read back from it.
const unwrapped = (value: object): unknown => {
  if (value.constructor?.name !== 'UnknownCauseError') return value
  const { kind, code, message, details } = value as Record<string, unknown>
  return { kind, code, message, details }
}

// tRPC's own wrapper, of any copy of @trpc/server (its class sets this name).
const isTRPCError = (value: object): boolean => value instanceof Error && value.name === 'TRPCError'

/**
 * @internal
 * The error of ours that `error` carries: `asOzError` asked of the error, and of the `cause` of
 * each `TRPCError` around it, so a `TRPCError` from `toTRPCError` or one tRPC wrapped around a
 * thrown `OzException` keeps its kind. Only tRPC's wrapper is looked through: a foreign error
 * whose `cause` is ours stays foreign, as under Hono and GraphQL (one answer, `asOzError`).
 */
export const oursIn = (error: unknown): OzError | undefined => {
  let value = error
  // A primitive has a constructor too (`String`, …), and is neither ours nor a TRPCError.
  for (let depth = 0; depth < MAX_CHAIN && value != null; depth++) {
    const ours = asOzError(unwrapped(value))
    if (ours !== undefined) return ours
    if (!isTRPCError(value)) return undefined
    value = (value as { readonly cause?: unknown }).cause
  }
  return undefined
}

const isIssues = (value: unknown): value is ReadonlyArray<StandardSchemaV1.Issue> =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((issue) => typeof (issue as StandardSchemaV1.Issue | null)?.message === 'string')

// A body or `input` query parameter that is not JSON: tRPC rethrows JSON.parse's SyntaxError,
// whose message quotes the input, so only the fact is kept.
const MALFORMED = /* @__PURE__ */ ozError('INVALID_STRUCTURE', {
  message: 'The request input is not valid JSON',
})

// The method tRPC names in its own message (`Unsupported GET-request to mutation procedure at
// path "…"`); it is a token from the request line, checked as one before it is repeated.
const METHOD = /^Unsupported ([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32})-request to /

/** @internal The methods tRPC accepts for a procedure type, as its adapters' `Allow` says. */
export const allowedFor = (type: string, methodOverride: boolean): string[] | undefined => {
  if (type === 'mutation') return ['POST']
  if (type === 'query' || type === 'subscription') return methodOverride ? ['GET', 'POST'] : ['GET']
  return undefined
}

/**
 * @internal
 * What a `TRPCError` handed to the formatter is in the model, or `undefined` for a bug to
 * mask. Ours keeps its kind; a failed input schema is `fromIssues`; tRPC's own 4xx (an
 * unparseable input, an unknown procedure, a wrong method, a payload too large, a `TRPCError`
 * thrown with a 4xx code) maps by status with the kind's default message, since tRPC's
 * messages quote the request (its path, body, content type); every 5xx is a bug.
 */
export const classify = (
  error: TRPCError,
  type: string,
  status: number,
  methodOverride: boolean,
): OzError | undefined => {
  const ours = oursIn(error)
  if (ours !== undefined) return ours
  if (status >= 500 || status < 400) return undefined
  const cause: unknown = error.cause
  const issues = (cause as { readonly issues?: unknown } | undefined)?.issues
  if (error.code === 'BAD_REQUEST' && isIssues(issues)) return fromIssues(issues)
  if (cause instanceof Error && cause.name === 'SyntaxError') return MALFORMED
  if (error.code === 'METHOD_NOT_SUPPORTED') {
    const method = METHOD.exec(error.message)?.[1]
    const allowed = allowedFor(type, methodOverride)
    return OzErr.notAllowed(
      method === undefined || allowed === undefined ? {} : { details: { method, allowed } },
    )
  }
  return ozError(kindForStatus(status))
}
