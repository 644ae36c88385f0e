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
 * Which bodies a response documents, as Hono's renderers take `format`: `'oz'` (the default)
 * the Oz body as `application/json`, `'problem'` RFC 9457 problem details as
 * `application/problem+json`, `'negotiate'` both (the renderer picks by `Accept`).
 *
 * @example
 * ozResponses(getFolder, { format: 'negotiate' }) // each status: application/json and application/problem+json
 */
export type OzBodyFormat = 'oz' | 'problem' | 'negotiate'

/**
 * An OpenAPI Media Type Object: the body's schema and an example body per kind.
 *
 * @example
 * const media: OzMediaTypeObject = ozResponses('NOT_EXIST')[404].content['application/json']
 */
export type OzMediaTypeObject = {
  readonly schema: OzJsonSchema
  readonly examples: Readonly<Record<string, { readonly summary: string; readonly value: unknown }>>
}

// The media type `M` that formats `Has` document: present in every format `F` may be, absent
// from all, or (a format known only as a union) optional.
type MediaOf<F extends OzBodyFormat, Has extends OzBodyFormat, M extends string> = [F] extends [Has]
  ? { readonly [P in M]: OzMediaTypeObject }
  : [F & Has] extends [never]
    ? unknown
    : { readonly [P in M]?: OzMediaTypeObject }

/**
 * The Content of a response in format `F`: `application/json` (the Oz body) for `'oz'` and
 * `'negotiate'`, `application/problem+json` for `'problem'` and `'negotiate'`.
 *
 * @example
 * const problem = ozResponses('NOT_EXIST', { format: 'problem' })[404].content['application/problem+json']
 */
export type OzContent<F extends OzBodyFormat = 'oz'> = MediaOf<F, 'oz' | 'negotiate', 'application/json'> &
  MediaOf<F, 'problem' | 'negotiate', 'application/problem+json'>

/**
 * An OpenAPI Response Object of one status: its description, the headers owed, and the body
 * in format `F` (default `'oz'`).
 *
 * @example
 * const notFound: OzResponseObject = ozResponses('NOT_EXIST')[404]
 */
export type OzResponseObject<F extends OzBodyFormat = 'oz'> = {
  readonly description: string
  readonly headers?: Readonly<Record<string, OzHeaderObject>>
  readonly content: OzContent<F>
}

/**
 * An OpenAPI Responses Object keyed by the statuses of kinds `K` (`404`, `401`, …; numbers in
 * the type, as `@hono/zod-openapi` reads them, and strings at run time, as JSON has them), its
 * bodies in format `F`.
 *
 * @example
 * const responses: OzResponses<'NOT_EXIST' | 'AUTH_INVALID'> = ozResponses('NOT_EXIST', 'AUTH_INVALID') // keys 404, 401
 */
export type OzResponses<K extends OzErrorKind, F extends OzBodyFormat = 'oz'> = {
  readonly [P in K as OzHttpStatusOf<P>]: OzResponseObject<F>
}

/**
 * Options of `ozResponses` and `ozComponents`: the OpenAPI version (default `'3.1'`), whether
 * schemas are `$ref`s to `#/components/schemas/Oz<Kind>` (or `Oz<Kind>Problem`; put
 * `ozComponents()` with the same `format` in the document then), and the bodies documented
 * (default `'oz'`; give the renderer's own `format`).
 *
 * @example
 * ozResponses(getFolder, { openapi: '3.0', ref: true, format: 'negotiate' })
 */
export interface OzResponsesOptions<F extends OzBodyFormat = OzBodyFormat> {
  readonly openapi?: OzOpenApiVersion
  readonly ref?: boolean
  readonly format?: F
}

/**
 * The OpenAPI Responses Object of a route's error kinds, keyed by status, for spreading beside
 * the success responses (`createRoute` of `@hono/zod-openapi`, `describeRoute` of
 * `hono-openapi`, or a document written by hand). Kinds that share a status are one response
 * whose schema is the `oneOf` of their bodies; each documents the headers its kinds owe
 * (`WWW-Authenticate` on 401, `Allow` on 405, `Retry-After` on 502/503) and an example body
 * per kind. Takes the kinds, or an `ozRoute` declaration (then `UNKNOWN`, 500, is listed) or a
 * list of kinds with options; `{ format: 'problem' | 'negotiate' }` documents the problem body
 * (`application/problem+json`, alone or beside `application/json`, with `Vary` for the latter).
 *
 * @example
 * const responses = { 200: { description: 'The folder' }, ...ozResponses('NOT_EXIST', 'AUTH_NOT_PROVIDED') }
 * const documented = ozResponses(getFolder, { ref: true })
 */
export function ozResponses<const K extends OzErrorKind>(...kinds: K[]): OzResponses<K>
export function ozResponses<K extends OzErrorKind, F extends OzBodyFormat = 'oz'>(
  route: { readonly kinds: readonly K[] } | readonly K[],
  options?: OzResponsesOptions<F>,
): OzResponses<K, F>
export function ozResponses(
  ...args: readonly unknown[]
): Readonly<Record<string, OzResponseObject<OzBodyFormat>>> {
  const { kinds, options } = argsOf(args)
  const out: Record<string, OzResponseObject<OzBodyFormat>> = {}
  for (const [status, group] of byStatus(kinds)) {
    out[status] = responseOf(group, options.openapi, options.ref ?? false, options.format ?? 'oz')
  }
  return out
}
