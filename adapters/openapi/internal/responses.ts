// One OpenAPI Response Object per status, for the kinds that answer with it.
import { httpHeaders, httpStatus, OZ_KINDS, type OzErrorKind, ozError } from '../../../core/index.js'
import type { OzJsonSchema, OzOpenApiVersion } from '../oz-json-schema.js'
import type {
  OzBodyFormat,
  OzContent,
  OzHeaderObject,
  OzMediaTypeObject,
  OzResponseObject,
  OzResponsesOptions,
} from '../oz-responses.js'
import { exampleBody, exampleError, exampleProblem } from './examples.js'
import { bodySchema, problemSchema } from './schemas.js'

const HEADERS: Readonly<Record<string, Pick<OzHeaderObject, 'description' | 'schema'>>> = {
  Allow: { description: 'The methods the resource allows (RFC 9110)', schema: { type: 'string' } },
  'WWW-Authenticate': {
    description:
      'The challenge: the auth scheme and realm, and for a bad token error="invalid_token" (RFC 6750)',
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying, sent when details.retry_after says (RFC 9110)',
    schema: { type: 'integer', minimum: 0 },
  },
}

// What `negotiate` adds: Hono's negotiating renderers send `Vary: Accept` with either body.
const VARY: OzHeaderObject = {
  description: 'Accept: the body is the Oz one or problem details, as the request prefers',
  required: true,
  schema: { type: 'string' },
  example: 'Accept',
}

/** @internal `NOT_EXIST` → `OzNotExist`: the name of a kind's components. */
export const componentName = (kind: OzErrorKind): string =>
  `Oz${kind
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`

/** @internal The kinds by status, in order of code; a kind listed twice counts once. */
export const byStatus = (kinds: readonly OzErrorKind[]): Map<string, OzErrorKind[]> => {
  const groups = new Map<string, OzErrorKind[]>()
  const sorted = [...new Set(kinds)].sort((a, b) => OZ_KINDS[a].code - OZ_KINDS[b].code)
  for (const kind of sorted) {
    const status = String(httpStatus({ kind }))
    groups.set(status, [...(groups.get(status) ?? []), kind])
  }
  return groups
}

// The headers a kind owes come from `httpHeaders`, the core's one rule: those it sends even
// with `details: null` are required; those only its example's details bring are optional.
const headersOf = (kinds: readonly OzErrorKind[]): Record<string, OzHeaderObject> => {
  const out: Record<string, OzHeaderObject> = {}
  for (const kind of kinds) {
    const always = httpHeaders(ozError(kind))
    for (const [name, example] of Object.entries(httpHeaders(exampleError(kind)))) {
      const doc = HEADERS[name] ?? { description: name, schema: { type: 'string' } }
      const required = name in always && (out[name]?.required ?? true)
      out[name] = { ...doc, required, example: name === 'Retry-After' ? Number(example) : example }
    }
  }
  return out
}

/** @internal The name of a kind's schema component: `OzNotExist`, or `OzNotExistProblem`. */
export const schemaName = (kind: OzErrorKind, problem: boolean): string =>
  componentName(kind) + (problem ? 'Problem' : '')

/** @internal The schema of a status's body (Oz or problem): its kind's, or the `oneOf` of its kinds'. */
export const statusSchema = (
  kinds: readonly OzErrorKind[],
  version: OzOpenApiVersion,
  ref: boolean,
  problem: boolean,
): OzJsonSchema => {
  const schemas = kinds.map((kind) =>
    ref
      ? { $ref: `#/components/schemas/${schemaName(kind, problem)}` }
      : (problem ? problemSchema : bodySchema)(kind, version),
  )
  return schemas.length === 1 ? (schemas[0] as OzJsonSchema) : { oneOf: schemas }
}

/** @internal The Response Object of one status, its bodies in `format`. */
export const responseOf = <F extends OzBodyFormat>(
  kinds: readonly OzErrorKind[],
  version: OzOpenApiVersion,
  ref: boolean,
  format: F,
): OzResponseObject<F> => {
  const headers = { ...headersOf(kinds), ...(format === 'negotiate' ? { Vary: VARY } : {}) }
  const media = (problem: boolean): OzMediaTypeObject => ({
    schema: statusSchema(kinds, version, ref, problem),
    examples: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        {
          summary: `${kind} (${OZ_KINDS[kind].code})`,
          value: problem ? exampleProblem(kind) : exampleBody(kind),
        },
      ]),
    ),
  })
  return {
    description: kinds
      .map((kind) => `${kind} (${OZ_KINDS[kind].code}): ${OZ_KINDS[kind].message}`)
      .join('; '),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    // The media types OzContent<F> names: the Oz body unless 'problem', problem details unless 'oz'.
    content: {
      ...(format === 'problem' ? {} : { 'application/json': media(false) }),
      ...(format === 'oz' ? {} : { 'application/problem+json': media(true) }),
    } as OzContent<F>,
  }
}

/**
 * @internal
 * The arguments of `ozResponses` and `ozZodResponses`: kinds one by one, or a route (any
 * `{ kinds }`) or a list of kinds, then options. Their overloads say what each form holds.
 */
export const argsOf = (
  args: readonly unknown[],
): { kinds: readonly OzErrorKind[]; options: OzResponsesOptions } => {
  const [first, second] = args
  if (typeof first === 'string' || first === undefined) return { kinds: args as OzErrorKind[], options: {} }
  const kinds = Array.isArray(first) ? first : (first as { kinds: readonly OzErrorKind[] }).kinds
  return { kinds, options: (second as OzResponsesOptions | undefined) ?? {} }
}
