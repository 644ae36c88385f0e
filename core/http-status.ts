import { match } from 'ts-pattern'
import { OZ_ERROR_KINDS, type OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'

/** The HTTP statuses the model uses. */
export type OzHttpStatus = 400 | 401 | 403 | 404 | 405 | 500 | 501 | 502 | 503

/**
 * The status of each kind, for types: `OzHttpStatusOf<'NOT_EXIST'>` is `404`. The match below
 * is held to it (each branch `satisfies` its row), so the two cannot disagree.
 *
 * @example
 * const notFound: OzHttpStatusByKind['NOT_EXIST'] = 404
 */
export interface OzHttpStatusByKind {
  UNKNOWN: 500
  NOT_ALLOWED: 405
  NOT_REALIZED: 501
  INVALID_STRUCTURE: 400
  INVALID_VALUE: 400
  INVALID_TYPE: 400
  AUTH_NOT_PROVIDED: 401
  AUTH_INVALID: 401
  AUTH_EXPIRED: 401
  AUTH_FORBIDDEN: 403
  NOT_EXIST: 404
  EXTERNAL_SERVICE: 502
  DATABASE: 503
}

/**
 * The HTTP status of kind `K` as a type (the union of them for a union of kinds).
 *
 * @example
 * const status: OzHttpStatusOf<'AUTH_EXPIRED' | 'NOT_EXIST'> = 404 // 401 | 404
 */
export type OzHttpStatusOf<K extends OzErrorKind> = OzHttpStatusByKind[K]

type Row<K extends OzErrorKind> = OzHttpStatusByKind[K]

/**
 * Where every kind's HTTP status comes from: one exhaustive match, so a kind added to the
 * table without a status does not compile. 1–10 follow the server framework the model comes
 * from; 11 (a failing upstream) is a bad gateway; 12 (the store is down) is unavailable.
 */
const statusOfKind = (kind: OzErrorKind): OzHttpStatus =>
  match(kind)
    .returnType<OzHttpStatus>()
    .with('UNKNOWN', () => 500 satisfies Row<'UNKNOWN'>)
    .with('NOT_ALLOWED', () => 405 satisfies Row<'NOT_ALLOWED'>)
    .with('NOT_REALIZED', () => 501 satisfies Row<'NOT_REALIZED'>)
    .with(
      'INVALID_STRUCTURE',
      'INVALID_VALUE',
      'INVALID_TYPE',
      () => 400 satisfies Row<'INVALID_STRUCTURE'> & Row<'INVALID_VALUE'> & Row<'INVALID_TYPE'>,
    )
    .with(
      'AUTH_NOT_PROVIDED',
      'AUTH_INVALID',
      'AUTH_EXPIRED',
      () => 401 satisfies Row<'AUTH_NOT_PROVIDED'> & Row<'AUTH_INVALID'> & Row<'AUTH_EXPIRED'>,
    )
    .with('AUTH_FORBIDDEN', () => 403 satisfies Row<'AUTH_FORBIDDEN'>)
    .with('NOT_EXIST', () => 404 satisfies Row<'NOT_EXIST'>)
    .with('EXTERNAL_SERVICE', () => 502 satisfies Row<'EXTERNAL_SERVICE'>)
    .with('DATABASE', () => 503 satisfies Row<'DATABASE'>)
    .exhaustive()

// Evaluated once, so the hot path is a property read.
const STATUS = /* @__PURE__ */ Object.fromEntries(
  OZ_ERROR_KINDS.map((kind) => [kind, statusOfKind(kind)]),
) as Record<OzErrorKind, OzHttpStatus>

/**
 * The HTTP status of an error.
 *
 * @example
 * httpStatus(OzErr.notExist()) // 404
 */
export const httpStatus = (error: Pick<OzError, 'kind'>): OzHttpStatus => STATUS[error.kind]
