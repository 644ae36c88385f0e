import { decodeDetails, type OzDetails } from './details.js'
import { JsonCopier } from './json.js'
import { OZ_KINDS, type OzErrorCode, type OzErrorKind } from './kinds.js'

/**
 * One error of kind `K`: a readonly plain object, so it compares, clones and serializes.
 * `cause` is for the server's own logs and is never serialized.
 */
export interface OzErrorOf<K extends OzErrorKind> {
  readonly kind: K
  readonly code: OzErrorCode<K>
  readonly message: string
  readonly details: OzDetails<K>
  readonly cause?: unknown
}

/**
 * Any error of the Oz model: a union of 13 members discriminated by `kind` (and by `code`).
 *
 * @example
 * const status = (e: OzError) => (e.kind === 'NOT_EXIST' ? e.details?.resource : undefined)
 */
export type OzError = { [K in OzErrorKind]: OzErrorOf<K> }[OzErrorKind]

/** What the constructors take: every member optional; `details` typed by kind. */
export interface OzErrorInit<K extends OzErrorKind> {
  /** Replaces the documented default message. Write it for the client: no internals. */
  readonly message?: string
  readonly details?: OzDetails<K>
  /** What went wrong underneath, for the server's logs only. */
  readonly cause?: unknown
}

/**
 * Builds an error of any kind; `OzErr.<kind>` is the usual way.
 *
 * @example
 * const e = ozError('NOT_EXIST', { details: { resource: 'folder', id: '42' } })
 */
export const ozError: <K extends OzErrorKind>(
  kind: K,
  init?: OzErrorInit<K> & (true extends IsUnion<K> ? { readonly details?: null } : unknown),
) => OzErrorOfEach<K> = (kind, init) => build(kind, init)

// Unchecked in the kind: for the constructors, where each kind gets its own.
const build = <K extends OzErrorKind>(kind: K, init?: OzErrorInit<K>): OzErrorOfEach<K> => {
  const { code, message } = OZ_KINDS[kind]
  const error = {
    kind,
    code: code as OzErrorCode<K>,
    message: init?.message ?? message,
    details: withoutBadRetry(init?.details ?? null),
  }
  return (init?.cause === undefined ? error : { ...error, cause: init.cause }) as OzErrorOfEach<K>
}

// A kind chosen at run time cannot promise which details it has: only `null` fits them all.
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never

// `retry_after` is often computed (`Number(header)`), and NaN, Infinity or a negative number
// type-check; such a value is dropped here, so every constructed error stays one that
// `fromWire` and `isOzError` accept, and no adapter turns it into UNKNOWN.
const withoutBadRetry = <D>(details: D): D => {
  if (details === null || typeof details !== 'object' || !('retry_after' in details)) return details
  const seconds = details.retry_after
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) {
    // -0 passes `>= 0` but JSON prints it as 0: keep what the wire will say.
    return Object.is(seconds, -0) ? { ...details, retry_after: 0 } : details
  }
  const { retry_after: _, ...rest } = details
  return rest as D
}

/** `OzErrorOf` spread over a union of kinds: `OzErrorOfEach<OzErrorKind>` is `OzError`. */
export type OzErrorOfEach<K extends OzErrorKind> = { [P in K]: OzErrorOf<P> }[K]

type Ctor<K extends OzErrorKind> = (init?: OzErrorInit<K>) => OzErrorOf<K>

/** One constructor per kind; each takes `{ message?, details?, cause? }`. */
export interface OzErrConstructors {
  /** `UNKNOWN` (0, HTTP 500): an unexpected server failure. @example OzErr.unknown({ cause: e }) */
  readonly unknown: Ctor<'UNKNOWN'>
  /** `NOT_ALLOWED` (1, HTTP 405). @example OzErr.notAllowed({ details: { method: 'PATCH', allowed: ['GET'] } }) */
  readonly notAllowed: Ctor<'NOT_ALLOWED'>
  /** `NOT_REALIZED` (2, HTTP 501): documented but not built. @example OzErr.notRealized() */
  readonly notRealized: Ctor<'NOT_REALIZED'>
  /** `INVALID_STRUCTURE` (3, HTTP 400). @example OzErr.invalidStructure({ details: { key_path: 'items.0' } }) */
  readonly invalidStructure: Ctor<'INVALID_STRUCTURE'>
  /** `INVALID_VALUE` (4, HTTP 400). @example OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }) */
  readonly invalidValue: Ctor<'INVALID_VALUE'>
  /** `INVALID_TYPE` (5, HTTP 400). @example OzErr.invalidType({ details: { key_path: 'offset', expected: 'integer' } }) */
  readonly invalidType: Ctor<'INVALID_TYPE'>
  /** `AUTH_NOT_PROVIDED` (6, HTTP 401): no token. @example OzErr.authNotProvided() */
  readonly authNotProvided: Ctor<'AUTH_NOT_PROVIDED'>
  /** `AUTH_INVALID` (7, HTTP 401): unknown token. @example OzErr.authInvalid() */
  readonly authInvalid: Ctor<'AUTH_INVALID'>
  /** `AUTH_EXPIRED` (8, HTTP 401). @example OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }) */
  readonly authExpired: Ctor<'AUTH_EXPIRED'>
  /** `AUTH_FORBIDDEN` (9, HTTP 403). @example OzErr.authForbidden({ details: { required: ['admin'] } }) */
  readonly authForbidden: Ctor<'AUTH_FORBIDDEN'>
  /** `NOT_EXIST` (10, HTTP 404). @example OzErr.notExist({ details: { resource: 'folder', id: '42' } }) */
  readonly notExist: Ctor<'NOT_EXIST'>
  /** `EXTERNAL_SERVICE` (11, HTTP 502). @example OzErr.externalService({ details: { service: 'engine', retry_after: 30 } }) */
  readonly externalService: Ctor<'EXTERNAL_SERVICE'>
  /** `DATABASE` (12, HTTP 503). @example OzErr.database({ details: { retry_after: 5 } }) */
  readonly database: Ctor<'DATABASE'>
}

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}${Capitalize<CamelCase<Tail>>}`
  : Lowercase<S>

/** The constructor name of a kind, e.g. `'AUTH_NOT_PROVIDED'` → `'authNotProvided'`. */
export type OzErrConstructorName<K extends OzErrorKind = OzErrorKind> = CamelCase<K>

const camelCase = (kind: string): string =>
  kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * The constructors of the 13 kinds, derived from the table.
 *
 * @example
 * return err(OzErr.notExist({ details: { resource: 'folder', id } }))
 */
// Marked pure so a bundle that never calls a constructor drops the table walk. The cast:
// `fromEntries` cannot type keys made by `camelCase`; the type test in test/types.test.ts
// checks that the names are exactly `OzErrConstructorName`, and model.test.ts that each builds
// its own kind.
export const OzErr: OzErrConstructors = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    (Object.keys(OZ_KINDS) as OzErrorKind[]).map((kind) => [
      camelCase(kind),
      (init?: OzErrorInit<OzErrorKind>) => build(kind, init),
    ]),
  ) as unknown as OzErrConstructors,
)

/**
 * Whether `value` is an `OzError`: a known kind with its own code, a string message and
 * details of the kind's shape. Works across copies of this package (no `instanceof`).
 *
 * @example
 * if (isOzError(caught)) return errorResponse(caught)
 */
export const isOzError = (value: unknown): value is OzError => {
  try {
    if (typeof value !== 'object' || value === null) return false
    const { kind, code, message, details } = value as Record<string, unknown>
    if (typeof kind !== 'string' || !Object.hasOwn(OZ_KINDS, kind) || typeof message !== 'string')
      return false
    const known = kind as OzErrorKind
    if (OZ_KINDS[known].code !== code || details === undefined || typeof details === 'string') return false
    decodeDetails(known, details, 'details', new JsonCopier())
    return true
  } catch {
    return false
  }
}
