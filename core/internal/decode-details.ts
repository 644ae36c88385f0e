// How the details of each kind are checked and copied: the decoder's half of the details table.
import type { OzDetailsByKind } from '../details.js'
import type { JsonObject } from '../json.js'
import { OZ_ERROR_KINDS, type OzErrorKind } from '../kinds.js'
import { describe } from './describe.js'
import { define, Fault, isPlainObject, type JsonCopier, join } from './json-copier.js'

// The runtime check of each listed member. The mapped type below makes a spec that disagrees
// with its interface (a member missing, or required where the interface says optional) a
// compile error.
/** @internal The runtime check of a listed member; `?` marks an optional one. */
export type Check = 'string' | 'strings' | 'seconds' | 'count' | 'issues'
type SpecOf<D> = {
  readonly [P in keyof D as string extends P ? never : P]-?: object extends Pick<D, P> ? `${Check}?` : Check
}

const DETAILS_SPEC: { readonly [K in OzErrorKind]: SpecOf<OzDetailsByKind[K]> } = {
  UNKNOWN: {},
  NOT_ALLOWED: { method: 'string', allowed: 'strings' },
  NOT_REALIZED: {},
  INVALID_STRUCTURE: { key_path: 'string?', issues: 'issues?', omitted_issues: 'count?' },
  INVALID_VALUE: { key_path: 'string', reason: 'string?' },
  INVALID_TYPE: { key_path: 'string', expected: 'string?', received: 'string?' },
  AUTH_NOT_PROVIDED: {},
  AUTH_INVALID: {},
  AUTH_EXPIRED: { expired_at: 'string?' },
  AUTH_FORBIDDEN: { required: 'strings?' },
  NOT_EXIST: { resource: 'string', id: 'string?' },
  EXTERNAL_SERVICE: { service: 'string', retry_after: 'seconds?' },
  DATABASE: { retry_after: 'seconds?' },
}

/**
 * @internal
 * The listed members of a kind's details and their checks (`'string'`, `'seconds?'`, …): the
 * table the decoder runs on, for the OpenAPI adapter to build its schemas from, so one table
 * says what both accept.
 */
export const detailsSpecOf = (kind: OzErrorKind): Readonly<Record<string, `${Check}` | `${Check}?`>> =>
  DETAILS_SPEC[kind]

interface Compiled {
  /** Member → its check, without the `?`. */
  readonly checks: ReadonlyMap<string, string>
  readonly required: readonly string[]
  readonly namesField: boolean
}

const compile = (spec: Readonly<Record<string, string>>): Compiled => ({
  checks: new Map(Object.entries(spec).map(([key, check]) => [key, check.replace('?', '')])),
  required: Object.keys(spec).filter((key) => !spec[key]?.endsWith('?')),
  namesField: 'key_path' in spec,
})

// Compiled once: a decode then does no string work on the spec and no keyed lookups into it.
const COMPILED = Object.fromEntries(
  OZ_ERROR_KINDS.map((kind) => [kind, compile(DETAILS_SPEC[kind])]),
) as Record<OzErrorKind, Compiled>

/**
 * @internal
 * Decodes and copies the `details` of a body of kind `kind`, at `path`. Absent and `null`
 * give `null`; a bare string is `{ key_path }` for the kinds that name a field (codes 3 to 5).
 * Throws `Fault`.
 */
export const decodeDetails = (
  kind: OzErrorKind,
  raw: unknown,
  path: string,
  json: JsonCopier,
): JsonObject | null => {
  if (raw === undefined || raw === null) return null
  const spec = COMPILED[kind]
  if (typeof raw === 'string' && spec.namesField) return { key_path: raw }
  if (!isPlainObject(raw)) {
    const string = spec.namesField ? ', or a string naming the field' : ''
    throw new Fault(`details of ${kind} must be null or an object${string}, got ${describe(raw)}`, path)
  }
  json.enter(raw)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(raw)) {
    const value = raw[key]
    if (value === undefined) continue
    const check = spec.checks.get(key)
    define(
      out,
      key,
      check === undefined
        ? json.copy(value, join(path, key), 2)
        : checkMember(kind, check, value, path, key, json),
    )
  }
  for (const key of spec.required) {
    if (!Object.hasOwn(out, key)) throw new Fault(`details of ${kind} must have "${key}"`, join(path, key))
  }
  return out as JsonObject
}

const checkMember = (
  kind: OzErrorKind,
  check: string,
  value: unknown,
  parent: string,
  key: string,
  json: JsonCopier,
): unknown => {
  // The path is joined only on failure: most members pass, and the string is garbage otherwise.
  switch (check) {
    case 'string':
      if (typeof value === 'string') return value
      throw new Fault(`${kind} details: expected a string, got ${describe(value)}`, join(parent, key))
    case 'seconds':
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
      throw new Fault(
        `${kind} details: expected a number of seconds (finite, not negative)`,
        join(parent, key),
      )
    case 'count':
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
      throw new Fault(`${kind} details: expected a count (an integer, not negative)`, join(parent, key))
    case 'strings':
      return checkArray(value, join(parent, key), (item, at) => {
        if (typeof item === 'string') return item
        throw new Fault(`${kind} details: expected a string, got ${describe(item)}`, at)
      })
    default:
      return checkArray(value, join(parent, key), (item, at) => checkIssue(item, at, json))
  }
}

const checkArray = (
  value: unknown,
  path: string,
  item: (value: unknown, path: string) => unknown,
): unknown[] => {
  if (!Array.isArray(value)) throw new Fault(`expected an array, got ${describe(value)}`, path)
  const length = value.length
  const out = new Array<unknown>(length)
  for (let i = 0; i < length; i++) out[i] = item(value[i], join(path, i))
  return out
}

const checkIssue = (value: unknown, path: string, json: JsonCopier): unknown => {
  if (!isPlainObject(value) || typeof value.key_path !== 'string' || typeof value.message !== 'string') {
    throw new Fault('an issue must be an object with string "key_path" and "message"', path)
  }
  return json.copy(value, path, 3)
}
