import type { TypedResponse } from 'hono'
import {
  type ChallengeOptions,
  httpStatus,
  type OzError,
  type OzHttpStatus,
  type OzProblemOf,
  type OzWireOf,
} from '../../core/index.js'
import { bodyOf, protocolHeaders } from './internal/context-response.js'

/**
 * Options of `errorResponse`: how a 401's challenge reads (`authScheme`, default `Bearer`;
 * `realm`, default `api`), and which body it sends. It sees no request, so it cannot negotiate:
 * `format` is `'oz'` (default) or `'problem'` (`application/problem+json`, see `toProblem`).
 */
export interface ErrorResponseOptions<F extends 'oz' | 'problem' = 'oz' | 'problem'>
  extends ChallengeOptions {
  readonly format?: F
  /** The start of each problem's `type` (see `toProblem`). */
  readonly typeBase?: string
}

/**
 * The `Response` of an error, typed for Hono's RPC client: `hc` infers the wire body of the
 * error's kinds as the JSON of every non-2xx status the model uses.
 */
export type OzErrorResponse<E extends OzError = OzError> = Response &
  TypedResponse<OzWireOf<E['kind']>, OzHttpStatus, 'json'>

/** The `Response` of an error as problem details (`format: 'problem'`), typed for `hc`. */
export type OzProblemResponse<E extends OzError = OzError> = Response &
  TypedResponse<OzProblemOf<E['kind']>, OzHttpStatus, 'json'>

type ErrorResponseOf<E extends OzError, F> = F extends 'problem' ? OzProblemResponse<E> : OzErrorResponse<E>

/**
 * The `Response` of an error: its status (`httpStatus`), its wire body as `application/json`
 * (or with `format: 'problem'` its problem details as `application/problem+json`),
 * and the headers its kind owes (`httpHeaders`: `Allow`, the `WWW-Authenticate` challenge,
 * `Retry-After`). Never carries `cause`. Throws `TypeError` when `options.authScheme` or
 * `options.realm` could break the header.
 *
 * @example
 * app.get('/folders/:id', (c) => errorResponse(OzErr.notExist({ details: { resource: 'folder', id: c.req.param('id') } })))
 */
export const errorResponse = <E extends OzError, F extends 'oz' | 'problem' = 'oz'>(
  error: E,
  options?: ErrorResponseOptions<F>,
): ErrorResponseOf<E, F> => {
  const problem = options?.format === 'problem'
  // A plain Response is what a TypedResponse is at run time; the brand exists only in types.
  return new Response(bodyOf(error, problem, options), {
    status: httpStatus(error),
    headers: protocolHeaders(error, options, problem),
  }) as ErrorResponseOf<E, F>
}
