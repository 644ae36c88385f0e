import type { OzDetails, OzIssue } from './details.js'
import { httpStatus, type OzHttpStatus } from './http-status.js'
import { jsonPointer, problemSlug } from './internal/problem.js'
import { OZ_KINDS, type OzErrorCode, type OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'

/** One entry of a problem's `errors`: the field at fault as a JSON Pointer, and what is wrong. */
export interface OzProblemEntry {
  /** RFC 6901 pointer into the request (`/items/0/name`; `""` for the whole document). */
  readonly pointer: string
  readonly detail: string
}

/**
 * The RFC 9457 problem object of an error of kind `K`, in this key order: `type`, `title`,
 * `status`, `detail`, `instance` (only when given), then the extension members `error_code`,
 * `details` (as on the Oz wire) and, for the kinds that name a field (codes 3 to 5), `errors`.
 */
export type OzProblemOf<K extends OzErrorKind> = {
  [P in K]: {
    readonly type: string
    readonly title: (typeof OZ_KINDS)[P]['message']
    readonly status: OzHttpStatus
    readonly detail: string
    readonly instance?: string
    readonly error_code: OzErrorCode<P>
    readonly details: OzDetails<P>
    readonly errors?: readonly OzProblemEntry[]
  }
}[K]

/** The problem object of any kind. */
export type OzProblem = OzProblemOf<OzErrorKind>

/** Options of `toProblem`. */
export interface ToProblemOptions {
  /**
   * What each kind's `type` starts with; the kind follows in lower kebab case
   * (`NOT_EXIST` → `not-exist`). Default `PROBLEM_TYPE_BASE`, `urn:oz-errors:problem:`.
   */
  readonly typeBase?: string
  /** A URI reference naming this occurrence; left out unless given (nothing is echoed). */
  readonly instance?: string
}

/**
 * The default start of every problem `type`: a URN, so no client tries to fetch it. Give your
 * own documentation's address as `typeBase` (`https://api.example.com/problems/`) to make the
 * types resolvable.
 */
export const PROBLEM_TYPE_BASE = 'urn:oz-errors:problem:'

/**
 * The RFC 9457 problem details of an error, for `application/problem+json`: `type` is
 * `typeBase` + the kind (the same kind always has the same `type`), `title` the kind's documented
 * default message (constant per kind), `status` its HTTP status, `detail` the error's message,
 * and the Oz members `error_code` and `details` as extensions. For `INVALID_STRUCTURE`,
 * `INVALID_VALUE` and `INVALID_TYPE`, `errors` lists each field at fault as
 * `{ pointer, detail }`, the dotted `key_path` turned into a JSON Pointer (see docs/core.md for
 * where that is lossy). `cause` is dropped, as on the Oz wire.
 *
 * @example
 * toProblem(OzErr.notExist({ details: { resource: 'folder', id: '7' } }), { instance: '/folders/7' })
 */
export const toProblem = <E extends OzError>(
  error: E,
  options?: ToProblemOptions,
): OzProblemOf<E['kind']> => {
  const problem: Record<string, unknown> = {
    type: (options?.typeBase ?? PROBLEM_TYPE_BASE) + problemSlug(error.kind),
    title: OZ_KINDS[error.kind].message,
    status: httpStatus(error),
    detail: error.message,
  }
  if (options?.instance !== undefined) problem.instance = options.instance
  problem.error_code = error.code
  problem.details = error.details
  // Codes 3 to 5 name the field at fault: each issue, else the one `key_path`.
  if (error.code >= 3 && error.code <= 5) {
    const details = error.details as { issues?: readonly OzIssue[]; key_path?: string } | null
    problem.errors =
      details?.issues?.map((issue) => ({ pointer: jsonPointer(issue.key_path), detail: issue.message })) ??
      (details?.key_path === undefined
        ? []
        : [{ pointer: jsonPointer(details.key_path), detail: error.message }])
  }
  // Every member above comes from the error's own kind.
  return problem as OzProblemOf<E['kind']>
}
