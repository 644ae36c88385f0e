// The JSON Schemas of the wire bodies and problem bodies, built from the decoder's own table.
import { httpStatus, OZ_KINDS, type OzErrorKind } from '../../../core/index.js'
import { type Check, detailsSpecOf } from '../../../core/internal/decode-details.js'
import { problemSlug } from '../../../core/internal/problem.js'
import type { OzJsonSchema, OzOpenApiVersion } from '../oz-json-schema.js'

// What each check of the decoder accepts, as JSON Schema. A `Record` over every check, so a
// check added to the decoder without its schema does not compile.
const CHECKS: Record<Check, OzJsonSchema> = {
  string: { type: 'string' },
  strings: { type: 'array', items: { type: 'string' } },
  seconds: { type: 'number', minimum: 0 },
  // fromWire takes a count up to 2^53 - 1, the integers a JSON number carries exactly.
  count: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  issues: {
    type: 'array',
    items: {
      type: 'object',
      required: ['key_path', 'message'],
      properties: { key_path: { type: 'string' }, message: { type: 'string' } },
    },
  },
}

/** @internal The dialect of the stand-alone schemas, `ozWireSchema` and `ozProblemSchema`. */
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema'

/**
 * @internal A one-value schema: `const` in 3.1 (JSON Schema 2020-12), a one-value `enum` in 3.0.
 * Here and below, a `version` left out is 3.1, the default of every public function.
 */
export const constant = (value: number | string, version?: OzOpenApiVersion): OzJsonSchema =>
  version === '3.0'
    ? { type: typeof value === 'number' ? 'integer' : 'string', enum: [value] }
    : { const: value }

// The kinds that name a field (codes 3 to 5): a bare string `details`, and a problem's `errors`.
const namesField = (kind: OzErrorKind): boolean => 'key_path' in detailsSpecOf(OZ_KINDS[kind].code)

/** @internal The schema of a kind's `details` object (listed members typed, extra members allowed). */
export const detailsObjectSchema = (kind: OzErrorKind): OzJsonSchema => {
  const spec = detailsSpecOf(OZ_KINDS[kind].code)
  const properties: Record<string, OzJsonSchema> = {}
  const required: string[] = []
  for (const [member, check] of Object.entries(spec)) {
    // The spec's type says each check is a `Check`, with or without its `?`.
    properties[member] = CHECKS[check.replace('?', '') as Check]
    if (!check.endsWith('?')) required.push(member)
  }
  return {
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  }
}

/**
 * @internal
 * The schema of `details`: absent (not required), `null`, the kind's object, or for the kinds
 * that name a field (codes 3 to 5) a bare string, which `fromWire` reads as `{ key_path }`.
 */
export const detailsSchema = (kind: OzErrorKind, version?: OzOpenApiVersion): OzJsonSchema => {
  const object = detailsObjectSchema(kind)
  const field = namesField(kind)
  const bare: OzJsonSchema = { type: 'string', description: 'The field at fault, as `{ key_path }`' }
  if (version === '3.0') {
    const nullable = { ...object, nullable: true }
    return field ? { oneOf: [nullable, bare] } : nullable
  }
  return { oneOf: [{ type: 'null' }, object, ...(field ? [bare] : [])] }
}

/**
 * @internal
 * The schema of the wire body of `kind`. Members beyond the three are allowed: `fromWire`
 * ignores them.
 */
export const bodySchema = (kind: OzErrorKind, version?: OzOpenApiVersion): OzJsonSchema => {
  const { code, message } = OZ_KINDS[kind]
  return {
    title: kind,
    description: `${kind} (${code}): ${message}`,
    type: 'object',
    required: ['error_code', 'error_message'],
    properties: {
      error_code: constant(code, version),
      error_message: { type: 'string' },
      details: detailsSchema(kind, version),
    },
  }
}

const ERRORS: OzJsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['pointer', 'detail'],
    properties: { pointer: { type: 'string' }, detail: { type: 'string' } },
  },
}

/**
 * @internal
 * The schema of the RFC 9457 problem body `toProblem` gives for `kind`: every member it always
 * writes is required (`errors` for codes 3 to 5), `instance` is optional, and `type` ends with
 * the kind's slug after a separator of any base (the rule of `fromProblem`). `title`, `status`
 * and `error_code` are the kind's constants; `details` as on the Oz wire. Other members allowed.
 */
export const problemSchema = (kind: OzErrorKind, version?: OzOpenApiVersion): OzJsonSchema => {
  const { code, message } = OZ_KINDS[kind]
  const field = namesField(kind)
  return {
    title: `${kind} problem`,
    description: `${kind} (${code}) as RFC 9457 problem details: ${message}`,
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'error_code', 'details', ...(field ? ['errors'] : [])],
    properties: {
      type: {
        type: 'string',
        pattern: `(^|[:/#])${problemSlug(kind)}$`,
        description: `The type base, then \`${problemSlug(kind)}\``,
      },
      title: constant(message, version),
      status: constant(httpStatus({ kind }), version),
      detail: { type: 'string' },
      instance: { type: 'string' },
      error_code: constant(code, version),
      details: detailsSchema(kind, version),
      ...(field ? { errors: ERRORS } : {}),
    },
  }
}
