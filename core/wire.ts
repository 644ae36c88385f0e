import { err, ok, type Result } from 'neverthrow'
import type { OzDetails } from './details.js'
import { decodeDetails } from './internal/decode-details.js'
import { isPlainObject } from './internal/describe.js'
import { expected, Fault } from './internal/json-copier.js'
import { isCode, KIND_NAMES } from './internal/kind-names.js'
import type { OzErrorCode, OzErrorKind } from './kinds.js'
import type { OzError } from './oz-error.js'

/**
 * The wire body of kind `K`, in the API's key order; for a union of kinds, the union of their
 * bodies (so `error_code` still tells which details come with it).
 */
export type OzWireOf<K extends OzErrorKind> = {
  [P in K]: {
    readonly error_code: OzErrorCode<P>
    readonly error_message: string
    readonly details: OzDetails<P>
  }
}[K]

/** The wire body of any kind: `{ error_code, error_message, details }`. */
export type OzWire = OzWireOf<OzErrorKind>

/**
 * Why an input is not a body of this model: what was wrong in words, where (a dotted path into
 * the body, `""` for the body itself), and the input as given.
 */
export interface OzWireError {
  readonly message: string
  readonly path: string
  readonly input: unknown
}

/**
 * Decodes a wire body (usually from `JSON.parse`) into an `OzError`, checking every member.
 * Accepts what real servers send: `details` absent, `null`, an object with extra members, or,
 * for codes 3 to 5, a bare string naming the field. Never throws, whatever it is handed.
 *
 * @example
 * fromWire(await response.json()).match((e) => e.kind, (bad) => bad.message)
 */
export const fromWire = (input: unknown): Result<OzError, OzWireError> => {
  try {
    return ok(decode(input))
  } catch (caught) {
    const fault = caught instanceof Fault ? caught : undefined
    // Anything else was thrown by the input itself (a getter, a proxy trap) or is a stack
    // overflow; its text is not ours to repeat.
    return err({ message: fault?.message ?? 'reading the input threw', path: fault?.path ?? '', input })
  }
}

// The names only, not OZ_KINDS: a bundle of the decoder then carries no default message.
const decode = (input: unknown): OzError => {
  if (!isPlainObject(input)) expected('an error body (an object)', input, '')
  const code = input.error_code
  if (!isCode(code)) {
    expected(`an integer error_code from 0 to ${KIND_NAMES.length - 1}`, code, 'error_code')
  }
  const kind = KIND_NAMES[code] as OzErrorKind
  const message = input.error_message
  if (typeof message !== 'string') expected('a string error_message', message, 'error_message')
  // `code` indexes `KIND_NAMES`, so it is that kind's own, and `details` were checked for it.
  return { kind, code, message, details: decodeDetails(code, input.details, 'details') } as OzError
}
