import type { MiddlewareHandler } from 'hono'

/** @internal The Error `wrapNonErrors` throws in place of a thrown non-Error; `cause` holds the value. */
export class ThrownNonError extends Error {
  override readonly name = 'ThrownNonError'
  constructor(value: unknown) {
    super('A value that is not an Error was thrown', { cause: value })
  }
}

/**
 * Middleware that turns a thrown non-Error (a string, an object, a plain `OzError`) into an
 * Error, so that `app.onError` handles it: `errorHandler` then answers for the value as it was
 * thrown. Hono passes only `Error`s to `onError`; anything else escapes `app.fetch` as a
 * rejection (on Node a bare 500, on other runtimes maybe the value itself). Register it first,
 * before the routes.
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
