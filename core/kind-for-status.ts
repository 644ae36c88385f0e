import { KIND_NAMES } from './internal/kind-names.js'
import { STATUS_BY_CODE } from './internal/status-by-code.js'
import type { OzErrorKind } from './kinds.js'

/**
 * The kind that best stands for an HTTP status when a response or exception carries no Oz
 * body: the first kind (by code) with that status; otherwise 400 for a 4xx, 502 for 504
 * (a gateway timed out), and `UNKNOWN` for the rest.
 *
 * @example
 * kindForStatus(404) // 'NOT_EXIST'
 */
export const kindForStatus = (status: number): OzErrorKind => {
  const exact = KIND_NAMES[(STATUS_BY_CODE as readonly number[]).indexOf(status)]
  if (exact !== undefined) return exact
  if (status === 504) return 'EXTERNAL_SERVICE'
  return Math.floor(status / 100) === 4 ? 'INVALID_STRUCTURE' : 'UNKNOWN'
}
