import type { TypedResponse } from 'hono'
import {
  type ChallengeOptions,
  httpStatus,
  type OzError,
  type OzHttpStatus,
  type OzWireOf,
  toWire,
} from '../../core/index.js'
import { protocolHeaders } from './internal/context-response.js'

/**
 * Options of `errorResponse` (and of `respond` and `errorHandler`): how a 401's challenge
 * reads (`authScheme`, default `Bearer`; `realm`, default `api`).
 */
export type ErrorResponseOptions = ChallengeOptions

/**
 * The `Response` of an error, typed for Hono's RPC client: `hc` infers the wire body of the
 * error's kinds as the JSON of every non-2xx status the model uses.
 */
export type OzErrorResponse<E extends OzError = OzError> = Response &
  TypedResponse<OzWireOf<E['kind']>, OzHttpStatus, 'json'>

/**
 * The `Response` of an error: its status (`httpStatus`), its wire body as `application/json`,
 * and the headers its kind owes (`httpHeaders`: `Allow`, the `WWW-Authenticate` challenge,
 * `Retry-After`). Never carries `cause`. Throws `TypeError` when `options.authScheme` or
 * `options.realm` could break the header.
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
