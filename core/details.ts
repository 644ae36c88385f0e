import { define, describe, Fault, isPlainObject, type JsonCopier, type JsonObject, join } from './json.js'
import { OZ_ERROR_KINDS, type OzErrorKind } from './kinds.js'

/** One entry of `INVALID_STRUCTURE` details: which field, and what is wrong with it. */
export interface OzIssue extends JsonObject {
  /** Dotted path of the field (`items.0.name`; `""` for the root). */
  readonly key_path: string
  readonly message: string
}

/** Details of `NOT_ALLOWED` (405): the method called and those the resource allows. */
export interface NotAllowedDetails extends JsonObject {
  readonly method: string
  readonly allowed: readonly string[]
}

/** Details of `INVALID_STRUCTURE` (400): the field at fault, or every issue found. */
export interface InvalidStructureDetails extends JsonObject {
  readonly key_path?: string
  readonly issues?: readonly OzIssue[]
  /** How many issues were found beyond those listed; present only when some were left out. */
  readonly omitted_issues?: number
}

/** Details of `INVALID_VALUE` (400): the field whose value is wrong, and why. */
export interface InvalidValueDetails extends JsonObject {
  readonly key_path: string
  readonly reason?: string
}

/** Details of `INVALID_TYPE` (400): the field whose type is wrong, what was expected and received. */
export interface InvalidTypeDetails extends JsonObject {
  readonly key_path: string
  readonly expected?: string
  readonly received?: string
}

/** Details of `AUTH_EXPIRED` (401): when the token expired (ISO 8601). */
export interface AuthExpiredDetails extends JsonObject {
  readonly expired_at?: string
}

/** Details of `AUTH_FORBIDDEN` (403): the roles or permissions that would have been needed. */
export interface AuthForbiddenDetails extends JsonObject {
  readonly required?: readonly string[]
}

/** Details of `NOT_EXIST` (404): the kind of resource and its id. */
export interface NotExistDetails extends JsonObject {
  readonly resource: string
  readonly id?: string
}

/** Details of `EXTERNAL_SERVICE` (502): the failing service and, if known, when to retry (seconds). */
export interface ExternalServiceDetails extends JsonObject {
  readonly service: string
  readonly retry_after?: number
}

/** Details of `DATABASE` (503): when to retry (seconds), if known. */
export interface DatabaseDetails extends JsonObject {
  readonly retry_after?: number
}

/**
 * The details object of each kind. Every kind's `details` is this or `null`; all are open
 * (members beyond the listed ones are kept).
 */
export interface OzDetailsByKind {
  UNKNOWN: JsonObject
  NOT_ALLOWED: NotAllowedDetails
  NOT_REALIZED: JsonObject
  INVALID_STRUCTURE: InvalidStructureDetails
  INVALID_VALUE: InvalidValueDetails
  INVALID_TYPE: InvalidTypeDetails
  AUTH_NOT_PROVIDED: JsonObject
  AUTH_INVALID: JsonObject
  AUTH_EXPIRED: AuthExpiredDetails
  AUTH_FORBIDDEN: AuthForbiddenDetails
  NOT_EXIST: NotExistDetails
  EXTERNAL_SERVICE: ExternalServiceDetails
  DATABASE: DatabaseDetails
}

/** The `details` of kind `K`: its object, or `null`. */
export type OzDetails<K extends OzErrorKind = OzErrorKind> = OzDetailsByKind[K] | null

// The runtime check of each listed member. The mapped type below makes a spec that disagrees
// with its interface (a member missing, or required where the interface says optional) a
// compile error.
type Check = 'string' | 'strings' | 'seconds' | 'count' | 'issues'
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
