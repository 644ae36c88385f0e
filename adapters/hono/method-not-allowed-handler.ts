import type { Context } from 'hono'
import type { OzErrorOf } from '../../core/index.js'
import { createMethodNotAllowedHandler } from './create-method-not-allowed-handler.js'
import type { OzErrorResponse } from './error-response.js'

/**
 * The `onMethodNotAllowed` of `hono/method-not-allowed`: `NOT_ALLOWED` 405 with
 * `details: { method, allowed }` and the `Allow` header. Hono's middleware finds the methods;
 * this only renders them.
 *
 * @example
 * app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
 */
export const methodNotAllowedHandler: (
  c: Context,
  allowed: string[],
) => OzErrorResponse<OzErrorOf<'NOT_ALLOWED'>> = /* @__PURE__ */ createMethodNotAllowedHandler()
