import {
  authChallenge,
  type ChallengeOptions,
  fromWire,
  httpHeaders,
  type OzError,
  type OzHttpHeaders,
} from '../../core/index.js'
import { oursIn } from './internal/classify.js'

/**
 * What `ozResponseMeta` reads of tRPC's `responseMeta` options: the formatted results, in
 * order (`{ result }` or `{ error }` each), empty while a stream has not started.
 *
 * @example
 * const meta = ozResponseMeta()({ data: [{ error: { data: { httpStatus: 404, oz } } }] })
 */
export interface OzResponseMetaInput {
  readonly data: readonly unknown[]
  /** The errors the calls threw, as tRPC hands them. */
  readonly errors?: readonly unknown[]
  /** What tRPC parsed of the request; absent when it failed before (a method or content type it refuses). */
  readonly info?: unknown
}

/**
 * What `ozResponseMeta` returns: the headers the response's error owes, or none.
 *
 * @example
 * const headers = ozResponseMeta()({ data }).headers ?? {}
 */
export interface OzResponseMeta {
  readonly headers?: OzHttpHeaders
}

// The one error whose headers the whole response owes: every result is an error of ours and
// all share one status (the response's own); `undefined` when a result succeeded or statuses
// differ (tRPC then answers 207) or nothing is known yet (a stream).
const soleError = (data: readonly unknown[]): OzError | undefined => {
  let first: OzError | undefined
  let status: unknown
  for (const item of data) {
    // Stryker disable next-line OptionalChaining: a member missing here throws into ozResponseMeta's catch, which answers {} as `undefined` does
    const shape = (item as { readonly error?: { readonly data?: Record<string, unknown> } } | null)?.error
    // Stryker disable next-line OptionalChaining: as above
    const error = fromWire(shape?.data?.oz)
    if (error.isErr()) return undefined
    if (first === undefined) {
      first = error.value
      // Stryker disable next-line OptionalChaining: `shape.data` passed fromWire above, so it is an object
      status = shape?.data?.httpStatus
      continue
    }
    // Stryker disable next-line OptionalChaining: as above
    if (shape?.data?.httpStatus !== status) return undefined
  }
  return first
}

// tRPC sets `Allow` itself on its own wrong-method error for a procedure, and its fetch adapter
// appends what responseMeta returns (`Allow: POST, POST`): the header is then left to tRPC. A
// request it refused before reading (no `info`: a method such as TRACE) gets no Allow from tRPC.
const ownMethodError = (opts: OzResponseMetaInput): boolean =>
  opts.info !== undefined &&
  opts.errors?.some(
    (error) =>
      (error as { readonly code?: unknown } | null)?.code === 'METHOD_NOT_SUPPORTED' &&
      oursIn(error) === undefined,
  ) === true

/**
 * The `responseMeta` of tRPC's HTTP adapters: a response that carries errors of one status
 * (one call, or a batch whose calls all failed alike) gets the headers its first error owes
 * (`httpHeaders`: `WWW-Authenticate` with your `realm` and `authScheme`, `Allow`,
 * `Retry-After`) and its JSON content type (which tRPC leaves out of a request it refused
 * before reading it). A batch mixing successes and errors, or errors of several statuses, is
 * answered 207 by tRPC and gets no per-kind headers: each result's `data.oz` and
 * `data.httpStatus` tell. Streamed responses (`httpBatchStreamLink`, subscriptions) start 200
 * before any result is known, so they get none either. Validates the options at once
 * (`TypeError`); never throws afterwards.
 *
 * @example
 * fetchRequestHandler({ endpoint: '/trpc', req, router, responseMeta: ozResponseMeta({ realm: 'files' }) })
 */
export const ozResponseMeta = (
  options?: ChallengeOptions,
): ((opts: OzResponseMetaInput) => OzResponseMeta) => {
  // Fails at start-up rather than on the first 401.
  authChallenge(options)
  return (opts) => {
    try {
      const error = soleError(opts.data)
      // Stryker disable next-line ConditionalExpression: httpHeaders(undefined) throws into the catch below, which answers {} too
      if (error === undefined) return {}
      // tRPC leaves out the content type of what it refused before reading the request.
      const { Allow, ...owed } = httpHeaders(error, options)
      const allow = Allow === undefined || ownMethodError(opts) ? {} : { Allow }
      return { headers: { ...allow, ...owed, 'Content-Type': 'application/json' } }
    } catch {
      return {}
    }
  }
}
