import { match } from 'ts-pattern'
import { OZ_ERROR_KINDS, type OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'

/** The HTTP statuses the model uses. */
export type OzHttpStatus = 400 | 401 | 403 | 404 | 405 | 500 | 501 | 502 | 503

/**
 * Where every kind's HTTP status comes from: one exhaustive match, so a kind added to the
 * table without a status does not compile. 1–10 follow the server framework the model comes
 * from; 11 (a failing upstream) is a bad gateway; 12 (the store is down) is unavailable.
 */
const statusOfKind = (kind: OzErrorKind): OzHttpStatus =>
  match(kind)
    .returnType<OzHttpStatus>()
    .with('UNKNOWN', () => 500)
    .with('NOT_ALLOWED', () => 405)
    .with('NOT_REALIZED', () => 501)
    .with('INVALID_STRUCTURE', 'INVALID_VALUE', 'INVALID_TYPE', () => 400)
    .with('AUTH_NOT_PROVIDED', 'AUTH_INVALID', 'AUTH_EXPIRED', () => 401)
    .with('AUTH_FORBIDDEN', () => 403)
    .with('NOT_EXIST', () => 404)
    .with('EXTERNAL_SERVICE', () => 502)
    .with('DATABASE', () => 503)
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

/**
 * The kind that best stands for an HTTP status when a response or exception carries no Oz
 * body: the first kind (by code) with that status; otherwise 400 for a 4xx, 502 for 504
 * (a gateway timed out), and `UNKNOWN` for the rest.
 *
 * @example
 * kindForStatus(404) // 'NOT_EXIST'
 */
export const kindForStatus = (status: number): OzErrorKind => {
  const exact = OZ_ERROR_KINDS.find((kind) => STATUS[kind] === status)
  if (exact !== undefined) return exact
  if (status === 504) return 'EXTERNAL_SERVICE'
  return Math.floor(status / 100) === 4 ? 'INVALID_STRUCTURE' : 'UNKNOWN'
}
