// The two small rules shared by `toProblem` and `fromProblem`: the kind's slug in `type`, and
// how a dotted `key_path` becomes a JSON Pointer.
import type { OzErrorKind } from '../kinds.js'

/** @internal `NOT_EXIST` → `not-exist`: the last part of a problem's `type`. */
export const problemSlug = (kind: OzErrorKind): string => kind.toLowerCase().replaceAll('_', '-')

/**
 * @internal
 * A dotted `key_path` as an RFC 6901 JSON Pointer: `items.0.name` → `/items/0/name`, `~` and `/`
 * escaped as `~0` and `~1`; the root `""` is the pointer `""` (the whole document). Lossy where
 * the dotted path is: a key containing `.` reads as two keys (docs/core.md).
 */
export const jsonPointer = (keyPath: string): string =>
  keyPath === '' ? '' : `/${keyPath.replaceAll('~', '~0').replaceAll('/', '~1').replaceAll('.', '/')}`
