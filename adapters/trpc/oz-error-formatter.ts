import type { TRPC_ERROR_CODE_NUMBER, TRPCError } from '@trpc/server'
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc'
import {
  httpStatus,
  type OzError,
  type OzHttpStatus,
  type OzWire,
  ozError,
  toWire,
} from '../../core/index.js'
import { oneLine, printable, quoted } from '../../core/internal/log-line.js'
import { ignore, quietly } from '../../core/internal/quietly.js'
import { classify } from './internal/classify.js'
import { type OzTRPCCode, trpcCodeOf } from './oz-trpc-code.js'

/**
 * `data` of the error shape `ozErrorFormatter` sends: tRPC's default members (`code`,
 * `httpStatus`, `path`; never `stack`) set from the kind, plus `oz`, the wire body.
 *
 * @example
 * const resource = (data: OzTRPCErrorData) => (data.oz.error_code === 10 ? data.oz.details?.resource : undefined)
 */
export interface OzTRPCErrorData {
  readonly code: OzTRPCCode
  readonly httpStatus: OzHttpStatus
  readonly path?: string
  readonly oz: OzWire
}

/**
 * The error shape `ozErrorFormatter` sends: tRPC's default shape, `message` the error's.
 * `TRPCClientError<AppRouter>['data']` is its `data`, by inference from the router.
 *
 * @example
 * const messageOf = (shape: OzTRPCErrorShape) => shape.data.oz.error_message
 */
export interface OzTRPCErrorShape {
  readonly message: string
  readonly code: TRPC_ERROR_CODE_NUMBER
  readonly data: OzTRPCErrorData
}

/**
 * What `ozErrorFormatter` reads of tRPC's formatter options.
 *
 * @example
 * const format = ozErrorFormatter()
 * const shape = format({ error: toTRPCError(OzErr.notExist()), type: 'query', path: 'folder', ctx: undefined, shape: { data: { httpStatus: 404 } } })
 */
export interface OzErrorFormatterInput {
  readonly error: TRPCError
  readonly type: string
  readonly path: string | undefined
  readonly ctx?: unknown
  readonly shape: { readonly data: { readonly httpStatus: number } }
}

/**
 * Where an unexpected error happened, for `onUnexpected`.
 *
 * @example
 * const onUnexpected = (error: TRPCError, info: UnexpectedInfo) => logger.error({ path: info.path, error })
 */
export interface UnexpectedInfo {
  readonly path: string | undefined
  readonly type: string
  readonly ctx: unknown
}

/**
 * Options of `ozErrorFormatter`.
 *
 * @example
 * ozErrorFormatter({ onUnexpected: (error, { path }) => logger.error({ path, error }) })
 */
export interface OzErrorFormatterOptions {
  /**
   * Called with every error the client gets a masked `UNKNOWN` for (the `TRPCError`, whose
   * `cause` is what was thrown), for logging. Default: one `console.error` line, control
   * characters escaped. What it throws or rejects with is ignored.
   */
  readonly onUnexpected?: (error: TRPCError, info: UnexpectedInfo) => void
  /**
   * Set it when the adapter has `allowMethodOverride`: a wrong method's `details.allowed` (and
   * so its `Allow`) then lists `GET, POST` for queries and subscriptions, as tRPC accepts.
   */
  readonly allowMethodOverride?: boolean
  /**
   * Called once with every error the formatter renders, ours or masked (a masked one is the
   * `UNKNOWN` sent; `info.thrown` is the `TRPCError`, whose `cause` is what was thrown), for
   * tracing and metrics. Runs after `onUnexpected`; what it throws or rejects with is ignored.
   */
  readonly onError?: (error: OzError, info: UnexpectedInfo & { readonly thrown: TRPCError }) => void
}

const logUnexpected = (error: TRPCError, info: UnexpectedInfo): void => {
  console.error(
    `oz-errors: tRPC ${oneLine(info.type)} ${info.path === undefined ? 'null' : quoted(info.path)} failed unexpectedly; answered UNKNOWN 500: ${printable(error)}`,
  )
}

const UNKNOWN = /* @__PURE__ */ ozError('UNKNOWN')

const infoOf = (opts: OzErrorFormatterInput): UnexpectedInfo => ({
  path: opts.path,
  type: opts.type,
  ctx: opts.ctx,
})

// The shape of an error: tRPC's default members from its kind, and the wire body.
const shapeOf = (error: OzError, path: unknown): OzTRPCErrorShape => {
  const code = trpcCodeOf(error.kind)
  const data: OzTRPCErrorData = {
    code,
    httpStatus: httpStatus(error),
    ...(typeof path === 'string' ? { path } : {}),
    oz: toWire(error),
  }
  return { message: error.message, code: TRPC_ERROR_CODES_BY_KEY[code], data }
}

/**
 * The `errorFormatter` of `initTRPC.create`: tRPC's default shape (`message`, `code`,
 * `data.code`, `data.httpStatus`, `data.path` of a procedure that exists) set from the error's kind, so the response has
 * the kind's status, plus `data.oz`, the wire body. An error of ours (an `OzException`, a thrown
 * `OzError`, a `TRPCError` whose cause is ours, as `toTRPCError` makes) keeps its kind; an
 * input that fails its Standard Schema is `INVALID_STRUCTURE` (`fromIssues`); tRPC's own 4xx
 * map by status with the kind's default message (an unknown procedure is `NOT_EXIST`, a wrong
 * method `NOT_ALLOWED`, an unparseable input or a payload too large `INVALID_STRUCTURE`).
 * Anything else is a masked `UNKNOWN` (no stack, also in development mode), handed to
 * `options.onUnexpected`. Never throws.
 *
 * @example
 * const t = initTRPC.create({ errorFormatter: ozErrorFormatter() })
 */
export const ozErrorFormatter = (
  options?: OzErrorFormatterOptions,
): ((opts: OzErrorFormatterInput) => OzTRPCErrorShape) => {
  const onUnexpected = options?.onUnexpected ?? logUnexpected
  const methodOverride = options?.allowMethodOverride === true
  return (opts) => {
    let ours: OzError | undefined
    try {
      ours = classify(opts.error, opts.type, opts.shape.data.httpStatus, methodOverride)
    } catch {
      // The thrown value could not be read (a getter or a proxy that throws): still masked.
    }
    if (ours === undefined) quietly(() => onUnexpected(opts.error, infoOf(opts)))
    const error = ours ?? UNKNOWN
    const onError = options?.onError ?? ignore
    quietly(() => onError(error, { ...infoOf(opts), thrown: opts.error }))
    // A path that names no procedure (type `unknown`) is the client's own text: not echoed.
    return shapeOf(error, opts.type === 'unknown' ? undefined : opts.path)
  }
}
