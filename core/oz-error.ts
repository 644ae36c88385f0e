import type { OzDetails } from './details.js'
import { OZ_KINDS, type OzErrorCode, type OzErrorKind } from './kinds.js'

/**
 * One error of kind `K`: a readonly plain object, so it compares, clones and serializes.
 * For a union of kinds it is the union of their errors, so `kind` still tells which `details`
 * come with it. `cause` is for the server's own logs and is never serialized.
 *
 * @example
 * const missing: OzErrorOf<'NOT_EXIST'> = OzErr.notExist({ details: { resource: 'folder' } })
 * const auth: OzErrorOf<'AUTH_INVALID' | 'AUTH_EXPIRED'> = OzErr.authExpired()
 */
export type OzErrorOf<K extends OzErrorKind> = {
  [P in K]: {
    readonly kind: P
    readonly code: OzErrorCode<P>
    readonly message: string
    readonly details: OzDetails<P>
    readonly cause?: unknown
  }
}[K]

/**
 * Any error of the Oz model: a union of 13 members discriminated by `kind` (and by `code`).
 *
 * @example
 * const resource = (e: OzError) => (e.kind === 'NOT_EXIST' ? e.details?.resource : undefined)
 */
export type OzError = OzErrorOf<OzErrorKind>

/** What the constructors take: every member optional; `details` typed by kind. */
export interface OzErrorInit<K extends OzErrorKind> {
  /** Replaces the documented default message. Write it for the client: no internals. */
  readonly message?: string
  readonly details?: OzDetails<K>
  /** What went wrong underneath, for the server's logs only. */
  readonly cause?: unknown
}

// A kind chosen at run time cannot promise which details it has: only `null` fits them all.
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never

/**
 * Builds an error of a kind chosen at run time; `OzErr.<kind>` is the usual way. When `kind`
 * is a union, `details` can only be `null`: no one shape fits every kind of the union.
 *
 * @example
 * const e = ozError('NOT_EXIST', { details: { resource: 'folder', id: '42' } })
 */
export const ozError: <K extends OzErrorKind>(
  kind: K,
  init?: OzErrorInit<K> & (true extends IsUnion<K> ? { readonly details?: null } : unknown),
) => OzErrorOf<K> = (kind, init) => build(kind, init)

/** @internal Unchecked in the kind: for the constructors, where each kind gets its own. */
export const build = <K extends OzErrorKind>(kind: K, init?: OzErrorInit<K>): OzErrorOf<K> => {
  const { code, message } = OZ_KINDS[kind]
  const error = {
    kind,
    code,
    message: init?.message ?? message,
    details: withoutBadRetry(init?.details ?? null),
  }
  // `kind`, `code` and `details` come from one table row and one typed init: they belong
  // together, which TypeScript cannot follow through the indexed access above.
  return (init?.cause === undefined ? error : { ...error, cause: init.cause }) as OzErrorOf<K>
}

// `retry_after` is often computed (`Number(header)`), and NaN, Infinity or a negative number
// type-check; such a value is dropped here, so every constructed error stays one that
// `fromWire` and `isOzError` accept, and no adapter turns it into UNKNOWN.
const withoutBadRetry = <D>(details: D): D => {
  if (details === null || typeof details !== 'object' || !('retry_after' in details)) return details
  const seconds = details.retry_after
  // `Number.isFinite` is false for any non-number.
  if (Number.isFinite(seconds) && (seconds as number) >= 0) {
    // -0 passes `>= 0` but JSON prints it as 0: keep what the wire will say.
    return Object.is(seconds, -0) ? { ...details, retry_after: 0 } : details
  }
  const { retry_after: _, ...rest } = details
  return rest as D
}
