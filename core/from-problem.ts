import { err, ok, type Result } from 'neverthrow'
import { decodeDetails } from './internal/decode-details.js'
import { describe, isPlainObject } from './internal/describe.js'
import { Fault } from './internal/json-copier.js'
import { isCode, KIND_NAMES } from './internal/kind-names.js'
import { problemSlug } from './internal/problem.js'
import { STATUS_BY_CODE } from './internal/status-by-code.js'
import type { OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'
import type { OzWireError } from './wire.js'

/**
 * Decodes an RFC 9457 problem object that `toProblem` made (usually from `JSON.parse`) back into
 * an `OzError`: `error_code` says the kind, `detail` is the message, `details` are checked as
 * `fromWire` checks them; `errors`, `title` and `instance` are derived and not read. A problem
 * that is not ours is refused with the reason: no integer `error_code` from 0 to 12, a `type`
 * that does not end with that kind (`…not-exist`), or a `status` that is not the kind's. Never
 * throws, whatever it is handed.
 *
 * @example
 * fromProblem(await response.json()).match((e) => e.kind, (bad) => bad.message)
 */
export const fromProblem = (input: unknown): Result<OzError, OzWireError> => {
  try {
    return ok(decode(input))
  } catch (caught) {
    const fault = caught instanceof Fault ? caught : undefined
    return err({ message: fault?.message ?? 'reading the input threw', path: fault?.path ?? '', input })
  }
}

// A `type` names the kind when it ends with its slug right after a separator of the base.
const namesKind = (type: string, kind: OzErrorKind): boolean => {
  const slug = problemSlug(kind)
  if (!type.endsWith(slug)) return false
  const before = type.charAt(type.length - slug.length - 1)
  return before === '' || before === ':' || before === '/' || before === '#'
}

const decode = (input: unknown): OzError => {
  if (!isPlainObject(input)) throw new Fault(`expected a problem object, got ${describe(input)}`, '')
  const code = input.error_code
  if (!isCode(code)) {
    throw new Fault(
      `not a problem of the Oz model: expected an integer error_code from 0 to ${KIND_NAMES.length - 1}, got ${describe(code)}`,
      'error_code',
    )
  }
  const kind = KIND_NAMES[code] as OzErrorKind
  const expectedStatus = STATUS_BY_CODE[code]
  const { type, status, detail } = input
  if (type !== undefined && (typeof type !== 'string' || !namesKind(type, kind))) {
    throw new Fault(`expected type to name ${kind} (ending with "${problemSlug(kind)}")`, 'type')
  }
  if (status !== undefined && status !== expectedStatus) {
    throw new Fault(
      `expected status ${expectedStatus} of ${kind}, got ${Number.isInteger(status) ? status : describe(status)}`,
      'status',
    )
  }
  if (typeof detail !== 'string') {
    throw new Fault(`expected detail to be a string, got ${describe(detail)}`, 'detail')
  }
  const details = decodeDetails(code, input.details, 'details')
  // `details` were checked for `kind`, and `code` is that kind's own.
  return { kind, code, message: detail, details } as OzError
}
