import * as z from 'zod'
import { fromWire, type OzErrorKind, type OzHttpStatusOf, type OzWireOf } from '../../../core/index.js'
import { argsOf, byStatus, inline, OZ_BODY, responseWith } from '../internal/responses.js'
import type { OzJsonSchema } from '../oz-json-schema.js'
import type { OzMediaTypeObject, OzResponseObject, OzResponsesOptions } from '../oz-responses.js'

/** The kinds of `K` that answer with status `S`. */
type KindsAt<K extends OzErrorKind, S extends number> = {
  [P in K]: OzHttpStatusOf<P> extends S ? P : never
}[K]

/**
 * A Response Object of `ozZodResponses`: as `ozResponses` gives it, its schema a zod schema.
 *
 * @example
 * const schema = ozZodResponses('NOT_EXIST')[404].content['application/json'].schema // z.ZodType<OzWireOf<'NOT_EXIST'>>
 */
export type OzZodResponseObject<K extends OzErrorKind> = Omit<OzResponseObject, 'content'> & {
  readonly content: {
    readonly 'application/json': {
      readonly schema: z.ZodType<OzWireOf<K>>
      readonly examples: OzResponseObject['content']['application/json']['examples']
    }
  }
}

/**
 * The Responses Object of `ozZodResponses`, keyed by the statuses of kinds `K`.
 *
 * @example
 * const responses: OzZodResponses<'NOT_EXIST'> = ozZodResponses('NOT_EXIST')
 */
export type OzZodResponses<K extends OzErrorKind> = {
  readonly [S in OzHttpStatusOf<K>]: OzZodResponseObject<KindsAt<K, S>>
}

// The schema's document is our JSON Schema, as is: zod-to-openapi (behind @hono/zod-openapi)
// takes a schema whose metadata has a `type` verbatim; the check is fromWire's own.
const zodSchema = (kinds: readonly OzErrorKind[], json: OzJsonSchema): z.ZodType => {
  const declared = new Set<OzErrorKind>(kinds)
  // zod-to-openapi reads a `title` in zod metadata as the description, and ours has its own.
  const { title: _, ...documented } = json
  return z
    .custom((value) => {
      const decoded = fromWire(value)
      return decoded.isOk() && declared.has(decoded.value.kind)
    })
    .meta({ ...documented, type: 'object' })
}

/**
 * `ozResponses` for `@hono/zod-openapi`: the same Responses Object, each schema a zod schema
 * (checked with `fromWire`, documented as `ozResponses` documents it), so that `app.openapi`
 * types the handler's error responses and `hc` infers their bodies. A plain JSON Schema there
 * types them as `never`. Needs `zod` 4, an optional peer of oz-errors.
 *
 * @example
 * const route = createRoute({ method: 'get', path: '/folders/{id}', responses: { 200: ok, ...ozZodResponses(getFolder) } })
 */
export function ozZodResponses<const K extends OzErrorKind>(...kinds: K[]): OzZodResponses<K>
export function ozZodResponses<K extends OzErrorKind>(
  route: { readonly kinds: readonly K[] } | readonly K[],
  options?: Omit<OzResponsesOptions, 'ref' | 'format'>,
): OzZodResponses<K>
export function ozZodResponses(...args: readonly unknown[]): Readonly<Record<string, unknown>> {
  const { kinds, options } = argsOf(args)
  const schemaOf = inline(options.openapi)
  const out: Record<string, unknown> = {}
  for (const [status, group] of byStatus(kinds)) {
    const response = responseWith(group, schemaOf, [OZ_BODY])
    // The one body documented: the Oz one, never problem details (whose code stays out).
    const media = response.content['application/json'] as OzMediaTypeObject
    out[status] = {
      ...response,
      content: { 'application/json': { ...media, schema: zodSchema(group, media.schema) } },
    }
  }
  return out
}
