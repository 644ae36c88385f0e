import type { OzErrorKind } from './kinds.js'
import { build, type OzErrorInit, type OzErrorOf } from './oz-error.js'

/** The constructor of kind `K`: `{ message?, details?, cause? }` in, an `OzErrorOf<K>` out. */
export type OzErrConstructor<K extends OzErrorKind> = (init?: OzErrorInit<K>) => OzErrorOf<K>

// The constructor of one kind: `of('NOT_EXIST')` is `(init?) => build('NOT_EXIST', init)`.
const of =
  <K extends OzErrorKind>(kind: K): OzErrConstructor<K> =>
  (init) =>
    build(kind, init)

/**
 * The constructors of the 13 kinds, one per row of the table in `kinds.ts`; each takes
 * `{ message?, details?, cause? }` with `details` typed by kind. The note on each names its
 * code and HTTP status; test/core/oz-err.test.ts checks every note and name against the table.
 *
 * @example
 * return err(OzErr.notExist({ details: { resource: 'folder', id } }))
 */
export const OzErr = {
  /** `UNKNOWN` (0, HTTP 500): an unexpected server failure. @example OzErr.unknown({ cause: e }) */
  unknown: of('UNKNOWN'),
  /** `NOT_ALLOWED` (1, HTTP 405). @example OzErr.notAllowed({ details: { method: 'PATCH', allowed: ['GET'] } }) */
  notAllowed: of('NOT_ALLOWED'),
  /** `NOT_REALIZED` (2, HTTP 501): documented but not built. @example OzErr.notRealized() */
  notRealized: of('NOT_REALIZED'),
  /** `INVALID_STRUCTURE` (3, HTTP 400). @example OzErr.invalidStructure({ details: { key_path: 'items.0' } }) */
  invalidStructure: of('INVALID_STRUCTURE'),
  /** `INVALID_VALUE` (4, HTTP 400). @example OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }) */
  invalidValue: of('INVALID_VALUE'),
  /** `INVALID_TYPE` (5, HTTP 400). @example OzErr.invalidType({ details: { key_path: 'offset', expected: 'integer' } }) */
  invalidType: of('INVALID_TYPE'),
  /** `AUTH_NOT_PROVIDED` (6, HTTP 401): no token. @example OzErr.authNotProvided() */
  authNotProvided: of('AUTH_NOT_PROVIDED'),
  /** `AUTH_INVALID` (7, HTTP 401): unknown token. @example OzErr.authInvalid() */
  authInvalid: of('AUTH_INVALID'),
  /** `AUTH_EXPIRED` (8, HTTP 401). @example OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }) */
  authExpired: of('AUTH_EXPIRED'),
  /** `AUTH_FORBIDDEN` (9, HTTP 403). @example OzErr.authForbidden({ details: { required: ['admin'] } }) */
  authForbidden: of('AUTH_FORBIDDEN'),
  /** `NOT_EXIST` (10, HTTP 404). @example OzErr.notExist({ details: { resource: 'folder', id: '42' } }) */
  notExist: of('NOT_EXIST'),
  /** `EXTERNAL_SERVICE` (11, HTTP 502). @example OzErr.externalService({ details: { service: 'engine', retry_after: 30 } }) */
  externalService: of('EXTERNAL_SERVICE'),
  /** `DATABASE` (12, HTTP 503). @example OzErr.database({ details: { retry_after: 5 } }) */
  database: of('DATABASE'),
} as const

/** The type of `OzErr`: one constructor per kind. */
export type OzErrConstructors = typeof OzErr
