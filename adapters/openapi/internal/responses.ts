// One OpenAPI Response Object per status, for the kinds that answer with it.
import { httpHeaders, httpStatus, OZ_KINDS, type OzErrorKind, ozError } from '../../../core/index.js'
import type { OzJsonSchema, OzOpenApiVersion } from '../oz-json-schema.js'
import type { OzHeaderObject, OzResponseObject, OzResponsesOptions } from '../oz-responses.js'
import { exampleBody, exampleError } from './examples.js'
import { bodySchema } from './schemas.js'

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

/** @internal The schema of a status's body: its kind's, or the `oneOf` of its kinds'. */
export const statusSchema = (
  kinds: readonly OzErrorKind[],
  version: OzOpenApiVersion,
  ref: boolean,
): OzJsonSchema => {
  const schemas = kinds.map((kind) =>
    ref ? { $ref: `#/components/schemas/${componentName(kind)}` } : bodySchema(kind, version),
  )
  return schemas.length === 1 ? (schemas[0] as OzJsonSchema) : { oneOf: schemas }
}

/** @internal The Response Object of one status. */
export const responseOf = (
  kinds: readonly OzErrorKind[],
  version: OzOpenApiVersion,
  ref: boolean,
): OzResponseObject => {
  const headers = headersOf(kinds)
  return {
    description: kinds
      .map((kind) => `${kind} (${OZ_KINDS[kind].code}): ${OZ_KINDS[kind].message}`)
      .join('; '),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: {
      'application/json': {
        schema: statusSchema(kinds, version, ref),
        examples: Object.fromEntries(
          kinds.map((kind) => [
            kind,
            { summary: `${kind} (${OZ_KINDS[kind].code})`, value: exampleBody(kind) },
          ]),
        ),
      },
    },
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
