import { asOzError, type OzErrorKind } from '../../core/index.js'
import { escapeControls, escapeJson, MAX_LOG_DEPTH } from './internal/escape.js'

/** One link of a logged `cause` chain. */
export interface SerializedCause {
  readonly type: string
  readonly message: string
  readonly stack?: string
  readonly cause?: SerializedCause
}

/** What `ozErrorSerializer` writes: pino's error shape plus the Oz members. */
export interface SerializedOzError {
  /** `'OzException'`, `'OzError'` (a plain error object), or the constructor of anything else. */
  readonly type: string
  readonly message: string
  readonly kind?: OzErrorKind
  readonly code?: number
  readonly details?: unknown
  readonly stack?: string
  readonly cause?: SerializedCause
}

const text = (value: unknown): string => {
  try {
    return escapeControls(String(value))
  } catch {
    return '(a value that cannot be printed)'
  }
}

const typeOf = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return typeof value
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name
  return typeof name === 'string' && name !== '' ? escapeControls(name) : 'Object'
}

const causeOf = (value: unknown, depth: number): SerializedCause => {
  // `null` and `undefined` read as an object without members.
  const link = (value ?? {}) as { message?: unknown; stack?: unknown; cause?: unknown }
  const message = value instanceof Error || typeof link.message === 'string' ? link.message : value
  const out: { -readonly [K in keyof SerializedCause]: SerializedCause[K] } = {
    type: typeOf(value),
    message: text(message),
  }
  if (typeof link.stack === 'string') out.stack = escapeControls(link.stack)
  // Only an object's cause is followed, not a function's members.
  const next = typeof value === 'object' ? link.cause : undefined
  if (next !== undefined)
    out.cause = depth < MAX_LOG_DEPTH ? causeOf(next, depth + 1) : { type: 'cut', message: '…' }
  return out
}

/**
 * A pino serializer for `OzError` and `OzException` (pino calls a plain object's type "Object"
 * and drops its kind): `{ type, message, kind, code, details, stack, cause }`, `cause` the whole
 * chain with each link's stack, for the server's own log. Anything else is written as pino
 * writes an error. Every control character in every string (a message, a detail, a key, a
 * stack that quotes them) is written as `\uXXXX`, so nothing a client sent can forge or break
 * a line; stacks therefore read as one line. Never throws.
 *
 * @example
 * const logger = pino({ serializers: { err: ozErrorSerializer } })
 */
export const ozErrorSerializer = (value: unknown): SerializedOzError => {
  try {
    const ours = asOzError(value)
    if (ours === undefined) return causeOf(value, 0)
    const exception = value instanceof Error
    const raw = exception ? (value as { stack?: unknown }).stack : undefined
    const out: { -readonly [K in keyof SerializedOzError]: SerializedOzError[K] } = {
      type: exception ? 'OzException' : 'OzError',
      message: escapeControls(ours.message),
      kind: ours.kind,
      code: ours.code,
      details: escapeJson(ours.details),
    }
    if (typeof raw === 'string') out.stack = escapeControls(raw)
    if (ours.cause !== undefined) out.cause = causeOf(ours.cause, 1)
    return out
  } catch {
    return { type: 'unknown', message: '(a value that cannot be serialized)' }
  }
}
