import { build, type OzErrorInit, type OzErrorOf } from './oz-error.js'

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
  unknown: (init?: OzErrorInit<'UNKNOWN'>): OzErrorOf<'UNKNOWN'> => build('UNKNOWN', init),
  /** `NOT_ALLOWED` (1, HTTP 405). @example OzErr.notAllowed({ details: { method: 'PATCH', allowed: ['GET'] } }) */
  notAllowed: (init?: OzErrorInit<'NOT_ALLOWED'>): OzErrorOf<'NOT_ALLOWED'> => build('NOT_ALLOWED', init),
  /** `NOT_REALIZED` (2, HTTP 501): documented but not built. @example OzErr.notRealized() */
  notRealized: (init?: OzErrorInit<'NOT_REALIZED'>): OzErrorOf<'NOT_REALIZED'> => build('NOT_REALIZED', init),
  /** `INVALID_STRUCTURE` (3, HTTP 400). @example OzErr.invalidStructure({ details: { key_path: 'items.0' } }) */
  invalidStructure: (init?: OzErrorInit<'INVALID_STRUCTURE'>): OzErrorOf<'INVALID_STRUCTURE'> =>
    build('INVALID_STRUCTURE', init),
  /** `INVALID_VALUE` (4, HTTP 400). @example OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }) */
  invalidValue: (init?: OzErrorInit<'INVALID_VALUE'>): OzErrorOf<'INVALID_VALUE'> =>
    build('INVALID_VALUE', init),
  /** `INVALID_TYPE` (5, HTTP 400). @example OzErr.invalidType({ details: { key_path: 'offset', expected: 'integer' } }) */
  invalidType: (init?: OzErrorInit<'INVALID_TYPE'>): OzErrorOf<'INVALID_TYPE'> => build('INVALID_TYPE', init),
  /** `AUTH_NOT_PROVIDED` (6, HTTP 401): no token. @example OzErr.authNotProvided() */
  authNotProvided: (init?: OzErrorInit<'AUTH_NOT_PROVIDED'>): OzErrorOf<'AUTH_NOT_PROVIDED'> =>
    build('AUTH_NOT_PROVIDED', init),
  /** `AUTH_INVALID` (7, HTTP 401): unknown token. @example OzErr.authInvalid() */
  authInvalid: (init?: OzErrorInit<'AUTH_INVALID'>): OzErrorOf<'AUTH_INVALID'> => build('AUTH_INVALID', init),
  /** `AUTH_EXPIRED` (8, HTTP 401). @example OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }) */
  authExpired: (init?: OzErrorInit<'AUTH_EXPIRED'>): OzErrorOf<'AUTH_EXPIRED'> => build('AUTH_EXPIRED', init),
  /** `AUTH_FORBIDDEN` (9, HTTP 403). @example OzErr.authForbidden({ details: { required: ['admin'] } }) */
  authForbidden: (init?: OzErrorInit<'AUTH_FORBIDDEN'>): OzErrorOf<'AUTH_FORBIDDEN'> =>
    build('AUTH_FORBIDDEN', init),
  /** `NOT_EXIST` (10, HTTP 404). @example OzErr.notExist({ details: { resource: 'folder', id: '42' } }) */
  notExist: (init?: OzErrorInit<'NOT_EXIST'>): OzErrorOf<'NOT_EXIST'> => build('NOT_EXIST', init),
  /** `EXTERNAL_SERVICE` (11, HTTP 502). @example OzErr.externalService({ details: { service: 'engine', retry_after: 30 } }) */
  externalService: (init?: OzErrorInit<'EXTERNAL_SERVICE'>): OzErrorOf<'EXTERNAL_SERVICE'> =>
    build('EXTERNAL_SERVICE', init),
  /** `DATABASE` (12, HTTP 503). @example OzErr.database({ details: { retry_after: 5 } }) */
  database: (init?: OzErrorInit<'DATABASE'>): OzErrorOf<'DATABASE'> => build('DATABASE', init),
} as const

/** The type of `OzErr`: one constructor per kind. */
export type OzErrConstructors = typeof OzErr
