import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import type { Result } from 'neverthrow'
import type { OzError } from '../../core/index.js'
import type { OzErrorResponse } from './error-response.js'
import { contextResponse } from './internal/context-response.js'
import type { RenderOptions } from './render-options.js'

/** What `c.json(value, status)` returns: the success half of `respond`. */
export type OzJsonResponse<T, U extends ContentfulStatusCode> = Response &
  TypedResponse<JSONParsed<T>, U, 'json'>

/**
 * Options of `respond` in its options form: the success status (default 200), how a 401's
 * challenge reads, and the error body's `format` (`'oz'`, `'problem'` or `'negotiate'`).
 *
 * @example
 * respond(c, result, { status: 201, realm: 'files', format: 'negotiate' })
 */
export interface RespondOptions<U extends ContentfulStatusCode = 200> extends RenderOptions {
  readonly status?: U
}

/**
 * A `Result` as a `Response`: `ok(value)` is `c.json(value, status)`, `err(error)` is the
 * error's response (see `errorResponse`). Typed so that `hc` infers both bodies: narrow on
 * `res.ok` and `res.json()` is the value or the `OzWire` of the route's error kinds. Takes
 * the success status and the render options as `(status, options)` or as one options
 * object, `{ status?, authScheme?, realm?, format?, typeBase? }`. The types describe the Oz body;
 * with `format: 'problem'` or `'negotiate'` decode errors with `fromResponse`.
 *
 * @example
 * app.get('/folders/:id', async (c) => respond(c, await findFolder(c.req.param('id'))))
 * app.post('/folders', async (c) => respond(c, await createFolder(), { status: 201, realm: 'files' }))
 */
export function respond<T, E extends OzError, U extends ContentfulStatusCode = 200>(
  c: Context,
  result: Result<T, E>,
  options: RespondOptions<U>,
): OzJsonResponse<T, U> | OzErrorResponse<E>
export function respond<T, E extends OzError, U extends ContentfulStatusCode = 200>(
  c: Context,
  result: Result<T, E>,
  status?: U,
  options?: RenderOptions,
): OzJsonResponse<T, U> | OzErrorResponse<E>
export function respond<T, E extends OzError, U extends ContentfulStatusCode>(
  c: Context,
  result: Result<T, E>,
  statusOrOptions?: U | RespondOptions<U>,
  options?: RenderOptions,
): OzJsonResponse<T, U> | OzErrorResponse<E> {
  // Left out, the status is 200: the default of U in both signatures.
  let status = 200 as U
  let challenge = options
  if (typeof statusOrOptions === 'number') status = statusOrOptions
  else if (statusOrOptions !== undefined) {
    status = statusOrOptions.status ?? status
    challenge = statusOrOptions
  }
  if (result.isOk()) return c.json(result.value, status)
  return contextResponse(c, result.error, challenge)
}
