// The JSON Schemas of the wire bodies, built from the decoder's own table of details.
import { OZ_KINDS, type OzErrorKind } from '../../../core/index.js'
import { type Check, detailsSpecOf } from '../../../core/internal/decode-details.js'
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

/** @internal A one-value schema: `const` in 3.1 (JSON Schema 2020-12), a one-value `enum` in 3.0. */
export const constant = (value: number, version: OzOpenApiVersion): OzJsonSchema =>
  version === '3.0' ? { type: 'integer', enum: [value] } : { const: value }

/** @internal The schema of a kind's `details` object (listed members typed, extra members allowed). */
export const detailsObjectSchema = (kind: OzErrorKind): OzJsonSchema => {
  const spec = detailsSpecOf(kind)
  const properties: Record<string, OzJsonSchema> = {}
  const required: string[] = []
  for (const [member, check] of Object.entries(spec)) {
    const optional = check.endsWith('?')
    // The spec's type says each check is a `Check`, with or without its `?`.
    properties[member] = CHECKS[(optional ? check.slice(0, -1) : check) as Check]
    if (!optional) required.push(member)
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
export const detailsSchema = (kind: OzErrorKind, version: OzOpenApiVersion): OzJsonSchema => {
  const object = detailsObjectSchema(kind)
  const namesField = 'key_path' in detailsSpecOf(kind)
  const bare: OzJsonSchema = { type: 'string', description: 'The field at fault, as `{ key_path }`' }
  if (version === '3.0') {
    const nullable = { ...object, nullable: true }
    return namesField ? { oneOf: [nullable, bare] } : nullable
  }
  return { oneOf: [{ type: 'null' }, object, ...(namesField ? [bare] : [])] }
}

/**
 * @internal
 * The schema of the wire body of `kind`. Members beyond the three are allowed: `fromWire`
 * ignores them.
 */
export const bodySchema = (kind: OzErrorKind, version: OzOpenApiVersion): OzJsonSchema => {
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
