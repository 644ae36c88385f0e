import { decodeDetails } from './internal/decode-details.js'
import { isPlainObject } from './internal/describe.js'
import { OZ_KINDS, type OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'

/**
 * @internal
 * The one check behind `isOzError` and `asOzError`: a fresh copy of `value` if it is an
 * `OzError` (a plain object of a known kind, its own code, a string message, details of the
 * kind's shape), else `undefined`. Each property is read once, and the copy is what passed the
 * check, so a getter that answers differently on a second read changes nothing. Never throws.
 */
export const checkedCopy = (value: unknown): OzError | undefined => {
  try {
    if (!isPlainObject(value)) return undefined
    const { kind, code, message, details, cause } = value
    if (typeof kind !== 'string' || !Object.hasOwn(OZ_KINDS, kind) || typeof message !== 'string') {
      return undefined
    }
    const known = kind as OzErrorKind
    if (OZ_KINDS[known].code !== code || details === undefined || typeof details === 'string')
      return undefined
    // Stryker disable next-line StringLiteral: the path only names the place in a Fault, which is caught and dropped here
    const copied = decodeDetails(OZ_KINDS[known].code, details, 'details')
    const error = { kind: known, code: OZ_KINDS[known].code, message, details: copied }
    // Built from the table row of `kind` and details checked for that kind.
    return (cause === undefined ? error : { ...error, cause }) as OzError
  } catch {
    // Whatever throws while it is read is not one of ours: the answer is undefined.
  }
}

/**
 * Whether `value` is an `OzError`: a plain object of a known kind with its own code, a string
 * message and details of the kind's shape (`null` or its object; a bare string is a wire form,
 * not an error). Works across copies of this package (no `instanceof`). To act on a caught
 * value, prefer `asOzError`, which also returns the checked copy.
 *
 * @example
 * if (isOzError(value)) console.log(value.kind)
 */
export const isOzError = (value: unknown): value is OzError => checkedCopy(value) !== undefined
