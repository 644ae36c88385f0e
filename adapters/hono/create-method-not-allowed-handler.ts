import type { Context } from 'hono'
import { OzErr, type OzErrorOf } from '../../core/index.js'
import type { OzErrorResponse } from './error-response.js'
import { contextResponse } from './internal/context-response.js'
import type { RenderOptions } from './render-options.js'

/**
 * `methodNotAllowedHandler` with options: an `onMethodNotAllowed` for `hono/method-not-allowed`
 * answering `NOT_ALLOWED` 405 with `details: { method, allowed }` and `Allow`, in the `format`
 * chosen.
 *
 * @example
 * app.use(methodNotAllowed({ app, onMethodNotAllowed: createMethodNotAllowedHandler({ format: 'negotiate' }) }))
 */
export const createMethodNotAllowedHandler =
  (options?: RenderOptions): ((c: Context, allowed: string[]) => OzErrorResponse<OzErrorOf<'NOT_ALLOWED'>>) =>
  (c, allowed) =>
    contextResponse(c, OzErr.notAllowed({ details: { method: c.req.method, allowed } }), options)
