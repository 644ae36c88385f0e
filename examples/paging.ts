import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf } from 'oz-errors'

export interface Paging {
  readonly offset: number
  readonly limit: number
}

export const MAX_LIMIT = 100
const DEFAULT_LIMIT = 20

export type PagingError = OzErrorOf<'INVALID_VALUE'> | OzErrorOf<'INVALID_TYPE'>

/**
 * `offset` and `limit` from a query. Not a number at all is `INVALID_TYPE` (5); a number out
 * of range is `INVALID_VALUE` (4); both name the parameter in `key_path`. The rejected text is
 * not repeated back.
 */
export const parsePaging = (query: {
  readonly offset?: string | undefined
  readonly limit?: string | undefined
}): Result<Paging, PagingError> =>
  integer('offset', query.offset, 0, 0, Number.MAX_SAFE_INTEGER).andThen((offset) =>
    integer('limit', query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT).map((limit) => ({ offset, limit })),
  )

const integer = (
  key_path: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): Result<number, PagingError> => {
  if (raw === undefined) return ok(fallback)
  const text = raw.trim()
  if (!/^-?\d+$/.test(text)) {
    // "1.5" is a number of the wrong kind; "abc" is not a number at all.
    const received = text !== '' && Number.isFinite(Number(text)) ? 'number' : 'string'
    return err(OzErr.invalidType({ details: { key_path, expected: 'integer', received } }))
  }
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const unbounded = max === Number.MAX_SAFE_INTEGER
    const reason = !unbounded
      ? `must be from ${min} to ${max}`
      : value < min
        ? `must be at least ${min}`
        : 'is too large'
    return err(OzErr.invalidValue({ details: { key_path, reason } }))
  }
  return ok(value)
}
