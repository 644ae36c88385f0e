import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import type { Result } from 'neverthrow'
import type { OzError } from '../../core/index.js'
import type { ErrorResponseOptions } from './headers.js'
import { contextResponse, type OzErrorResponse } from './response.js'

/** What `c.json(value, status)` returns: the success half of `respond`. */
export type OzJsonResponse<T, U extends ContentfulStatusCode> = Response &
  TypedResponse<JSONParsed<T>, U, 'json'>

/**
 * A `Result` as a `Response`: `ok(value)` is `c.json(value, status)`, `err(error)` is the
 * error's response (see `errorResponse`). Typed so that `hc` infers both bodies: narrow on
 * `res.ok` and `res.json()` is the value or the `OzWire` of the route's error kinds.
 *
 * @example
 * app.get('/folders/:id', async (c) => respond(c, await findFolder(c.req.param('id'))))
 */
export const respond = <T, E extends OzError, U extends ContentfulStatusCode = 200>(
  c: Context,
  result: Result<T, E>,
  // U's default is 200, so 200 is U when the argument is left out.
  status: U = 200 as U,
  options?: ErrorResponseOptions,
): OzJsonResponse<T, U> | OzErrorResponse<E> =>
  result.isOk() ? c.json(result.value, status) : contextResponse(c, result.error, options)
