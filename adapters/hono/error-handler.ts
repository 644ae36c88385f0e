import type { Context, ErrorHandler } from 'hono'
import { asOzError, authChallenge, type OzError, ozError } from '../../core/index.js'
import { oneLine, printable, quoted } from '../../core/internal/log-line.js'
import { ignore, quietly } from '../../core/internal/quietly.js'
import { contextResponse } from './internal/context-response.js'
import { fromHttpException, isHttpException } from './internal/from-http-exception.js'
import type { RenderOptions } from './render-options.js'
import { ThrownNonError } from './wrap-non-errors.js'

/** Options of `errorHandler`. */
export interface ErrorHandlerOptions extends RenderOptions {
  /**
   * Called with every error the client gets a masked `UNKNOWN` for (the original thrown value,
   * also a non-Error caught by `wrapNonErrors`), for logging. Default: one `console.error` line
   * naming the method and the path as sent (JSON-quoted), every control character escaped.
   * What it throws or rejects with is ignored: the response is the masked `UNKNOWN` still.
   */
  readonly onUnexpected?: (error: unknown, c: Context) => void
  /**
   * Called once with every error rendered, ours or masked (a masked one is the `UNKNOWN` sent,
   * with the original thrown value as `thrown`), for tracing and metrics (`recordOzError`). It
   * runs before `onUnexpected`; what it throws or rejects with is ignored.
   */
  readonly onError?: (error: OzError, context: { readonly c: Context; readonly thrown: unknown }) => void
}

// The path as the client sent it, percent-encoding kept: `c.req.path` is decoded, so a `%0A` in
// it would be a real line break (issue 11 §4).
const rawPath = (url: string): string => {
  try {
    // Stryker disable BlockStatement: a Request's url is absolute (its constructor resolves it), so new URL cannot throw here and the catch block is unreachable through Hono; restored in the catch, so only that block is disabled
    return new URL(url).pathname
  } catch {
    // Stryker restore BlockStatement
    return url
  }
}

// One line, whatever the client sent or the app threw: the path JSON-quoted, the rest escaped.
const logUnexpected = (error: unknown, c: Context): void => {
  console.error(
    `oz-errors: ${oneLine(c.req.method)} ${quoted(rawPath(c.req.url))} failed unexpectedly; answered UNKNOWN 500: ${printable(error)}`,
  )
}

/**
 * The handler for `app.onError`: an error of ours (`asOzError`: an `OzException`, or a plain
 * `OzError` thrown through `wrapNonErrors`) renders its checked copy;
 * Hono's `HTTPException` (by its class) maps by status (401 to AUTH_*, 404 to NOT_EXIST, 405 to
 * NOT_ALLOWED, another 4xx to INVALID_STRUCTURE with `Retry-After` kept and its message when
 * Hono would send it, 5xx to UNKNOWN); a malformed JSON body read with `c.req.json()` is
 * INVALID_STRUCTURE 400; anything else, an error with its own `getResponse` included, is a
 * masked UNKNOWN 500 handed to `options.onUnexpected`. No foreign message, status, header, stack
 * or cause reaches the response. Validates `authScheme` and `realm` at once (throws `TypeError`).
 *
 * @example
 * app.use(wrapNonErrors())
 * app.onError(errorHandler({ realm: 'files', onUnexpected: (e, c) => logger.error({ path: c.req.path, e }) }))
 */
export const errorHandler = (options?: ErrorHandlerOptions): ErrorHandler => {
  // Fails at start-up rather than on the first 401.
  authChallenge(options)
  const onUnexpected = options?.onUnexpected ?? logUnexpected
  const onError = options?.onError ?? ignore
  const render = (
    c: Context,
    error: OzError,
    thrown: unknown,
    headers?: Readonly<Record<string, string>>,
  ) => {
    quietly(() => onError(error, { c, thrown }))
    return contextResponse(c, error, options, headers)
  }
  // A failing hook or logger must not change the answer.
  const unexpected = (thrown: unknown, c: Context): Response => {
    quietly(() => onError(UNKNOWN, { c, thrown }))
    quietly(() => onUnexpected(thrown, c))
    return contextResponse(c, UNKNOWN, options)
  }
  return async (thrown, c) => {
    try {
      // What was thrown, as thrown: wrapNonErrors carries a non-Error in its cause.
      const value = thrown instanceof ThrownNonError ? thrown.cause : thrown
      const ours = asOzError(value)
      if (ours !== undefined) return render(c, ours, value)
      if (!(value instanceof Error)) return unexpected(value, c)
      if (isHttpException(thrown)) {
        const response = thrown.getResponse()
        // Below 400 it is no error: Hono's way to answer early, passed on as it is.
        if (response.status < 400) return response
        if (response.status >= 500) return unexpected(thrown, c)
        const { error, headers } = fromHttpException(thrown, response, c)
        return render(c, error, thrown, headers)
      }
      if (await isMalformedBody(thrown, c)) return render(c, MALFORMED_JSON, thrown)
      return unexpected(thrown, c)
    } catch (failure) {
      // Mapping or rendering failed (a subclass's getResponse that throws, say): the client still gets
      // UNKNOWN, and the log gets both what was thrown and why it could not be rendered.
      return unexpected(
        new AggregateError([thrown, failure], 'oz-errors: the error could not be rendered'),
        c,
      )
    }
  }
}

const UNKNOWN = /* @__PURE__ */ ozError('UNKNOWN')

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
    // JSON.parse's SyntaxError, or whatever the body stream failed with (any value, even
    // undefined; its message, if any, is never JSON.parse's): the message alone tells.
    return (again as { readonly message?: unknown } | null | undefined)?.message === error.message
  }
}
