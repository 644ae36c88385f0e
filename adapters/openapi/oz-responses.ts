import type { OzErrorKind, OzHttpStatusOf } from '../../core/index.js'
import { argsOf, byStatus, responseOf } from './internal/responses.js'
import type { OzJsonSchema, OzOpenApiVersion } from './oz-json-schema.js'

/**
 * An OpenAPI Header Object, as `ozResponses` writes it. (A type, not an interface, so that it
 * fits the OpenAPI typings of other libraries, whose objects take `x-` extensions.)
 *
 * @example
 * const allow: OzHeaderObject | undefined = ozResponses('NOT_ALLOWED')[405].headers?.Allow
 */
export type OzHeaderObject = {
  readonly description: string
  readonly required: boolean
  readonly schema: { readonly type: 'string' } | { readonly type: 'integer'; readonly minimum: number }
  readonly example: string | number
}

/**
 * An OpenAPI Response Object of one status: its description, the headers owed, and the body.
 *
 * @example
 * const notFound: OzResponseObject = ozResponses('NOT_EXIST')[404]
 */
export type OzResponseObject = {
  readonly description: string
  readonly headers?: Readonly<Record<string, OzHeaderObject>>
  readonly content: {
    readonly 'application/json': {
      readonly schema: OzJsonSchema
      readonly examples: Readonly<Record<string, { readonly summary: string; readonly value: unknown }>>
    }
  }
}

/**
 * An OpenAPI Responses Object keyed by the statuses of kinds `K` (`404`, `401`, …; numbers in
 * the type, as `@hono/zod-openapi` reads them, and strings at run time, as JSON has them).
 *
 * @example
 * const responses: OzResponses<'NOT_EXIST' | 'AUTH_INVALID'> = ozResponses('NOT_EXIST', 'AUTH_INVALID') // keys 404, 401
 */
export type OzResponses<K extends OzErrorKind> = {
  readonly [P in K as OzHttpStatusOf<P>]: OzResponseObject
}

/**
 * Options of `ozResponses` and `ozComponents`: the OpenAPI version (default `'3.1'`), and
 * whether schemas are `$ref`s to `#/components/schemas/Oz<Kind>` (put `ozComponents()` in the
 * document then).
 *
 * @example
 * ozResponses(getFolder, { openapi: '3.0', ref: true })
 */
export interface OzResponsesOptions {
  readonly openapi?: OzOpenApiVersion
  readonly ref?: boolean
}

/**
 * The OpenAPI Responses Object of a route's error kinds, keyed by status, for spreading beside
 * the success responses (`createRoute` of `@hono/zod-openapi`, `describeRoute` of
 * `hono-openapi`, or a document written by hand). Kinds that share a status are one response
 * whose schema is the `oneOf` of their bodies; each documents the headers its kinds owe
 * (`WWW-Authenticate` on 401, `Allow` on 405, `Retry-After` on 502/503) and an example body
 * per kind. Takes the kinds, or an `ozRoute` declaration (then `UNKNOWN`, 500, is listed) or a
 * list of kinds with options.
 *
 * @example
 * const responses = { 200: { description: 'The folder' }, ...ozResponses('NOT_EXIST', 'AUTH_NOT_PROVIDED') }
 * const documented = ozResponses(getFolder, { ref: true })
 */
export function ozResponses<const K extends OzErrorKind>(...kinds: K[]): OzResponses<K>
export function ozResponses<K extends OzErrorKind>(
  route: { readonly kinds: readonly K[] } | readonly K[],
  options?: OzResponsesOptions,
): OzResponses<K>
export function ozResponses(...args: readonly unknown[]): Readonly<Record<string, OzResponseObject>> {
  const { kinds, options } = argsOf(args)
  const out: Record<string, OzResponseObject> = {}
  for (const [status, group] of byStatus(kinds)) {
    out[status] = responseOf(group, options.openapi ?? '3.1', options.ref ?? false)
  }
  return out
}
