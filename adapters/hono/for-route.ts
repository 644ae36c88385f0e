import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context, Env, Input, MiddlewareHandler, TypedResponse, ValidationTargets } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import type { Result } from 'neverthrow'
import type { OzErrorKind, OzErrorOf, OzHttpStatusOf, OzWireOf } from '../../core/index.js'
import { type ErrorResponseOptions, errorResponse } from './error-response.js'
import { type OzValidatorInput, ozValidator } from './oz-validator.js'
import { type OzJsonResponse, type RespondOptions, respond } from './respond.js'

/**
 * The error response of a route that declared kinds `K`, typed per kind for Hono's RPC client:
 * `hc` infers each kind's body at that kind's status, so narrowing on `res.status` narrows the
 * body too. The body is typed as JSON parses it (`JSONParsed`, as `c.json` and
 * `@hono/zod-openapi` type theirs), so these responses fit a zod-openapi route's.
 *
 * @example
 * const missing: OzDeclaredResponse<'NOT_EXIST'> = forRoute(ozRoute('NOT_EXIST')).errorResponse(OzErr.notExist())
 */
export type OzDeclaredResponse<K extends OzErrorKind> = Response &
  { [P in K]: TypedResponse<JSONParsed<OzWireOf<P>>, OzHttpStatusOf<P>, 'json'> }[K]

/**
 * What `forRoute` gives a handler: `respond`, `errorResponse` and `validator`, held to the declared kinds.
 *
 * @example
 * const { respond, errorResponse }: OzRouteResponders<'NOT_EXIST' | 'UNKNOWN'> = forRoute(ozRoute('NOT_EXIST'))
 */
export interface OzRouteResponders<K extends OzErrorKind> {
  /** `respond` of `oz-errors/hono`, accepting only errors of the declared kinds. */
  readonly respond: <T, E extends OzErrorOf<K>, U extends ContentfulStatusCode = 200>(
    c: Context,
    result: Result<T, E>,
    status?: U | RespondOptions<U>,
    options?: ErrorResponseOptions,
    // NoInfer: the value and status come from the call (200 when left out), never from what
    // the caller expects back (a zod-openapi route's responses), which lists the errors too.
  ) => OzJsonResponse<NoInfer<T>, NoInfer<U>> | OzDeclaredResponse<K>
  /** `errorResponse` of `oz-errors/hono`, accepting only errors of the declared kinds. */
  readonly errorResponse: <E extends OzErrorOf<K>>(
    error: E,
    options?: ErrorResponseOptions,
  ) => OzDeclaredResponse<K>
  /**
   * `ozValidator`, there only when the route declared `INVALID_STRUCTURE` (what a failed
   * validation answers), so the validator and the documented responses read one list.
   */
  readonly validator: 'INVALID_STRUCTURE' extends K
    ? <
        Target extends keyof ValidationTargets,
        Schema extends StandardSchemaV1,
        E extends Env = Env,
        P extends string = string,
      >(
        target: Target,
        schema: Schema,
      ) => MiddlewareHandler<
        E,
        P,
        OzValidatorInput<Target, StandardSchemaV1.InferInput<Schema>, StandardSchemaV1.InferOutput<Schema>> &
          Input,
        OzDeclaredResponse<'INVALID_STRUCTURE'>
      >
    : never
}

/**
 * The responders of a route whose error kinds were declared once (`ozRoute` of
 * `oz-errors/openapi`, or any `{ kinds }`): an error of a kind the route did not declare does
 * not compile, and `hc` sees exactly the declared kinds' bodies. `UNKNOWN` is always declared
 * by `ozRoute`.
 *
 * @example
 * const getFolder = ozRoute('NOT_EXIST', 'AUTH_NOT_PROVIDED')
 * app.get('/folders/:id', (c) => forRoute(getFolder).respond(c, findFolder(c.req.param('id'))))
 */
export const forRoute = <K extends OzErrorKind>(_route: {
  readonly kinds: readonly K[]
}): OzRouteResponders<K> =>
  // The declaration matters to the types only: at run time these are the plain responders, whose
  // responses the narrower types describe.
  RESPONDERS as unknown as OzRouteResponders<K>

// `respond` takes the status and the options in either form; the declared kinds narrow only
// its types, which `forRoute` casts to.
const RESPONDERS = { respond, errorResponse, validator: ozValidator }
