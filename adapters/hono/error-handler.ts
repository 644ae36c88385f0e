import type { Context, ErrorHandler, MiddlewareHandler } from 'hono'
import { authChallenge, isOzError, type OzError, OzException, ozError } from '../../core/index.js'
import type { ErrorResponseOptions } from './headers.js'
import { fromHttpException, isHttpResponseError } from './http-exception.js'
import { contextResponse } from './response.js'

/** Options of `errorHandler`. */
export interface ErrorHandlerOptions extends ErrorResponseOptions {
  /**
   * Called with every error the client gets a masked `UNKNOWN` for (the original thrown value,
   * also a non-Error caught by `wrapNonErrors`), for logging. Default: one `console.error`.
   * What it throws or rejects with is ignored: the response is the masked `UNKNOWN` still.
   */
  readonly onUnexpected?: (error: unknown, c: Context) => void
}

/** The Error `wrapNonErrors` throws in place of a thrown non-Error; `cause` holds the value. */
class ThrownNonError extends Error {
  override readonly name = 'ThrownNonError'
  constructor(value: unknown) {
    super('A value that is not an Error was thrown', { cause: value })
  }
}

/**
 * Middleware that turns a thrown non-Error (a string, an object) into an Error, so that
 * `app.onError` handles it. Hono passes only `Error`s to `onError`; anything else escapes
 * `app.fetch` as a rejection (on Node a bare 500, on other runtimes maybe the value itself).
 * Register it first, before the routes.
 *
 * @example
 * app.use(wrapNonErrors())
 * app.onError(errorHandler())
 */
export const wrapNonErrors = (): MiddlewareHandler =>
  async function wrapNonErrors(_c, next) {
    try {
      await next()
    } catch (thrown) {
      throw thrown instanceof Error ? thrown : new ThrownNonError(thrown)
    }
  }

const logUnexpected = (error: unknown, c: Context): void => {
  console.error(`oz-errors: ${c.req.method} ${c.req.path} failed unexpectedly; answered UNKNOWN 500:`, error)
}

/**
 * The handler for `app.onError`: an `OzException` (or a thrown `OzError`) renders its error;
 * Hono's `HTTPException` maps by status (401 to AUTH_*, 404 to NOT_EXIST, 405 to NOT_ALLOWED,
 * another 4xx to INVALID_STRUCTURE with its message and `Retry-After` kept, 5xx to UNKNOWN); a
 * malformed JSON body read with `c.req.json()` is INVALID_STRUCTURE 400; anything else is a
 * masked UNKNOWN 500 handed to `options.onUnexpected`. No foreign message, stack or cause
 * reaches the body. Validates `authScheme` and `realm` at once (throws `TypeError`).
 *
 * @example
 * app.use(wrapNonErrors())
 * app.onError(errorHandler({ realm: 'files', onUnexpected: (e, c) => logger.error({ path: c.req.path, e }) }))
 */
export const errorHandler = (options?: ErrorHandlerOptions): ErrorHandler => {
  // Fails at start-up rather than on the first 401.
  authChallenge(options)
  const onUnexpected = options?.onUnexpected ?? logUnexpected
  const unexpected = (thrown: unknown, c: Context): Response => {
    try {
      const pending: unknown = onUnexpected(thrown, c)
      if (typeof (pending as PromiseLike<unknown> | undefined)?.then === 'function') {
        Promise.resolve(pending).catch(() => {})
      }
    } catch {
      // A failing logger must not change the answer.
    }
    return contextResponse(c, ozError('UNKNOWN'), options)
  }
  return async (thrown, c) => {
    try {
      if (thrown instanceof ThrownNonError) {
        return isOzError(thrown.cause) ? render(c, thrown.cause) : unexpected(thrown.cause, c)
      }
      if (OzException.is(thrown)) return render(c, thrown.error)
      if (isHttpResponseError(thrown)) {
        const mapped = fromHttpException(thrown, c)
        if (mapped.type === 'passthrough') return mapped.response
        if (mapped.type === 'unexpected') return unexpected(thrown, c)
        return contextResponse(c, mapped.error, options, mapped.headers)
      }
      if (await isMalformedBody(thrown, c)) return render(c, MALFORMED_JSON)
      return unexpected(thrown, c)
    } catch (failure) {
      // Mapping or rendering failed (a getResponse that throws, say): the client still gets
      // UNKNOWN, and the log gets both what was thrown and why it could not be rendered.
      return unexpected(
        new AggregateError([thrown, failure], 'oz-errors: the error could not be rendered'),
        c,
      )
    }
  }

  function render(c: Context, error: OzError): Response {
    return contextResponse(c, error, options)
  }
}

// The same message and details as hono/validator's own HTTPException for a body it cannot
// parse, so both paths give the client one answer.
const MALFORMED_JSON = ozError('INVALID_STRUCTURE', { message: 'Malformed JSON in request body' })

// `c.req.json()` rethrows JSON.parse's SyntaxError as is. It is told apart from one thrown by
// the app's own parsing by parsing the cached body again: the same input gives the same
// message. Only failing requests pay for it.
const isMalformedBody = async (error: Error, c: Context): Promise<boolean> => {
  if (error.name !== 'SyntaxError' || Object.keys(c.req.bodyCache).length === 0) return false
  try {
    JSON.parse(await c.req.text())
    return false
  } catch (again) {
    return again instanceof Error && again.name === 'SyntaxError' && again.message === error.message
  }
}
