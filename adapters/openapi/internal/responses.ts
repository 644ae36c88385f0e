// One OpenAPI Response Object per status, for the kinds that answer with it.
import { httpHeaders, httpStatus, OZ_KINDS, type OzErrorKind, ozError } from '../../../core/index.js'
import type { OzJsonSchema, OzOpenApiVersion } from '../oz-json-schema.js'
import type {
  OzBodyFormat,
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

/** @internal One of the two bodies an error is documented with: its media type, a kind's schema and example. */
export interface Body {
  readonly type: 'application/json' | 'application/problem+json'
  readonly schemaOf: (kind: OzErrorKind, version?: OzOpenApiVersion) => OzJsonSchema
  readonly exampleOf: (kind: OzErrorKind) => unknown
}

/** @internal The Oz wire body. */
export const OZ_BODY: Body = {
  type: 'application/json',
  schemaOf: bodySchema,
  exampleOf: exampleBody,
}

/** @internal RFC 9457 problem details, as `toProblem` gives them. */
export const PROBLEM_BODY: Body = {
  type: 'application/problem+json',
  schemaOf: problemSchema,
  exampleOf: exampleProblem,
}

/**
 * @internal
 * The bodies a format documents, in the order of `OzContent`: the Oz body unless `'problem'`,
 * problem details unless `'oz'`. A caller that names its one body (zod's) carries no other.
 */
export const bodiesOf = (format: OzBodyFormat): readonly Body[] => [
  ...(format === 'problem' ? [] : [OZ_BODY]),
  ...(format === 'oz' ? [] : [PROBLEM_BODY]),
]

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
      // Stryker disable next-line ObjectLiteral,StringLiteral: defensive, httpHeaders sends only the three headers HEADERS documents; this documents one the core might add later
      const doc = HEADERS[name] ?? { description: name, schema: { type: 'string' } }
      const required = name in always && (out[name]?.required ?? true)
      out[name] = { ...doc, required, example: name === 'Retry-After' ? Number(example) : example }
    }
  }
  return out
}

/** @internal The name of a kind's schema component: `OzNotExist`, or `OzNotExistProblem`. */
export const schemaName = (kind: OzErrorKind, body: Body): string =>
  componentName(kind) + (body === PROBLEM_BODY ? 'Problem' : '')

/** @internal How a document writes a kind's schema of a body: in full, or as a `$ref`. */
export type SchemaOf = (kind: OzErrorKind, body: Body) => OzJsonSchema

/** @internal Each schema in full, for OpenAPI `version` (3.1 if left out). */
export const inline =
  (version?: OzOpenApiVersion): SchemaOf =>
  (kind, body) =>
    body.schemaOf(kind, version)

/** @internal Each schema a `$ref` to its component, as `ozComponents` names it. */
export const refTo: SchemaOf = (kind, body) => ({ $ref: `#/components/schemas/${schemaName(kind, body)}` })

/** @internal The Response Object of one status, documenting `bodies`, and `extra` after its kinds' headers. */
export const responseWith = (
  kinds: readonly OzErrorKind[],
  schemaOf: SchemaOf,
  bodies: readonly Body[],
  extra?: Readonly<Record<string, OzHeaderObject>>,
): OzResponseObject<OzBodyFormat> => {
  const headers = { ...headersOf(kinds), ...extra }
  const media = (body: Body): OzMediaTypeObject => {
    // A status's schema: its kind's, or the `oneOf` of its kinds'.
    const schemas = kinds.map((kind) => schemaOf(kind, body))
    return {
      schema: schemas.length === 1 ? (schemas[0] as OzJsonSchema) : { oneOf: schemas },
      examples: Object.fromEntries(
        kinds.map((kind) => [
          kind,
          { summary: `${kind} (${OZ_KINDS[kind].code})`, value: body.exampleOf(kind) },
        ]),
      ),
    }
  }
  return {
    description: kinds
      .map((kind) => `${kind} (${OZ_KINDS[kind].code}): ${OZ_KINDS[kind].message}`)
      .join('; '),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: Object.fromEntries(bodies.map((body) => [body.type, media(body)])),
  }
}

/** @internal The Response Object of one status, its bodies in `format`. */
export const responseOf = <F extends OzBodyFormat>(
  kinds: readonly OzErrorKind[],
  version: OzOpenApiVersion | undefined,
  ref: boolean,
  format: F,
): OzResponseObject<F> =>
  // bodiesOf gives exactly the media types that OzContent<F> names for this format.
  responseWith(
    kinds,
    ref ? refTo : inline(version),
    bodiesOf(format),
    format === 'negotiate' ? { Vary: VARY } : {},
  ) as OzResponseObject<F>

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
