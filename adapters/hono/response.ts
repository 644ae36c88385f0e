import type { Context, TypedResponse } from 'hono'
import { httpStatus, type OzError, type OzHttpStatus, type OzWireOf, toWire } from '../../core/index.js'
import { type ErrorResponseOptions, protocolHeaders } from './headers.js'

/**
 * The `Response` of an error, typed for Hono's RPC client: `hc` infers the wire body of the
 * error's kinds as the JSON of every non-2xx status the model uses.
 */
export type OzErrorResponse<E extends OzError = OzError> = Response &
  TypedResponse<OzWireOf<E['kind']>, OzHttpStatus, 'json'>

/**
 * The `Response` of an error: its status (`httpStatus`), its wire body as `application/json`,
 * and the headers the status owes: `Allow` on 405, a `WWW-Authenticate` challenge on 401
 * (`error="invalid_token"` for an invalid or expired token), `Retry-After` on 502/503 when
 * `details.retry_after` is given (seconds, rounded up). Never carries `cause`.
 * Throws `TypeError` when `options.authScheme` or `options.realm` could break the header.
 *
 * @example
 * app.get('/folders/:id', (c) => errorResponse(OzErr.notExist({ details: { resource: 'folder', id: c.req.param('id') } })))
 */
export const errorResponse = <E extends OzError>(
  error: E,
  options?: ErrorResponseOptions,
): OzErrorResponse<E> =>
  // A plain Response is what a TypedResponse is at run time; the brand exists only in types.
  new Response(JSON.stringify(toWire(error)), {
    status: httpStatus(error),
    headers: protocolHeaders(error, options),
  }) as OzErrorResponse<E>

/**
 * `errorResponse` through the context, so headers middleware set with `c.header()` before the
 * handler (a request id, say) are kept, as `c.json` keeps them.
 */
export const contextResponse = <E extends OzError>(
  c: Context,
  error: E,
  options?: ErrorResponseOptions,
  extra?: Readonly<Record<string, string>>,
): OzErrorResponse<E> => {
  const headers = protocolHeaders(error, options)
  const response: Response = c.body(
    JSON.stringify(toWire(error)),
    httpStatus(error),
    extra === undefined ? headers : { ...headers, ...extra },
  )
  // The body is the wire JSON with its content type; TypedResponse is a type-only brand.
  return response as OzErrorResponse<E>
}
