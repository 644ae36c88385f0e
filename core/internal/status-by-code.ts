import type { OzHttpStatusByKind } from '../http-status.js'
import type { OzErrorKind } from '../kinds.js'
import type { KIND_NAMES } from './kind-names.js'

type StatusOf<Names extends readonly OzErrorKind[]> = {
  readonly [I in keyof Names]: OzHttpStatusByKind[Names[I]]
}

/**
 * @internal
 * The status of each code, for the decoding side (`kindForStatus`, `fromProblem`), so that a
 * client bundle carries no ts-pattern (issue 17). `httpStatus` stays the one exhaustive match;
 * this does not compile unless each entry is the `OzHttpStatusByKind` row the match `satisfies`,
 * in code order, so the two cannot disagree.
 */
export const STATUS_BY_CODE: StatusOf<typeof KIND_NAMES> = [
  500, 405, 501, 400, 400, 400, 401, 401, 401, 403, 404, 502, 503,
]
