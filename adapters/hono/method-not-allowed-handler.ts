import type { Context } from 'hono'
import { OzErr, type OzErrorOf } from '../../core/index.js'
import type { OzErrorResponse } from './error-response.js'
import { contextResponse } from './internal/context-response.js'

/**
 * The `onMethodNotAllowed` of `hono/method-not-allowed`: `NOT_ALLOWED` 405 with
 * `details: { method, allowed }` and the `Allow` header. Hono's middleware finds the methods;
 * this only renders them.
 *
 * @example
 * app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
 */
export const methodNotAllowedHandler = (
  c: Context,
  allowed: string[],
): OzErrorResponse<OzErrorOf<'NOT_ALLOWED'>> =>
  contextResponse(c, OzErr.notAllowed({ details: { method: c.req.method, allowed } }))
