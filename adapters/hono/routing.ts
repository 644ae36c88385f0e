import type { Context, NotFoundHandler } from 'hono'
import { OzErr, type OzErrorOf } from '../../core/index.js'
import { contextResponse, type OzErrorResponse } from './response.js'

// Built once: no details, so nothing the client sent is echoed back.
const NOT_EXIST = OzErr.notExist()

/**
 * The handler for `app.notFound`: `NOT_EXIST` 404 with `details: null`.
 *
 * @example
 * app.notFound(notFoundHandler)
 */
export const notFoundHandler: NotFoundHandler = (c) => contextResponse(c, NOT_EXIST)

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
