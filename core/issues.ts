import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { OzIssue } from './details.js'
import { type OzErrorOf, ozError } from './error.js'

/** Options of `fromIssues`. */
export interface FromIssuesOptions {
  /**
   * The input that was rejected. When given, a message that quotes the rejected value at its
   * issue's path (valibot's "Received …") has that value replaced by `<input>`, so a response
   * never echoes what the client sent.
   */
  readonly input?: unknown
  /** Replaces the default message of the error. */
  readonly message?: string
}

/**
 * Standard Schema issues (zod, valibot, arktype, …) as one `INVALID_STRUCTURE` error, with
 * every issue's dotted `key_path` and message in `details.issues`, and the first issue's path
 * as `details.key_path`.
 *
 * @example
 * const result = await schema['~standard'].validate(body)
 * if (result.issues) return err(fromIssues(result.issues, { input: body }))
 */
export const fromIssues = (
  issues: ReadonlyArray<StandardSchemaV1.Issue>,
  options?: FromIssuesOptions,
): OzErrorOf<'INVALID_STRUCTURE'> => {
  const hasInput = options !== undefined && 'input' in options
  const list: OzIssue[] = issues.map((issue) => {
    const segments = (issue.path ?? []).map((segment) =>
      typeof segment === 'object' ? segment.key : segment,
    )
    const message = hasInput ? safeRedact(issue.message, valueAt(options.input, segments)) : issue.message
    return { key_path: segments.map(keyText).join('.'), message }
  })
  const first = list[0]
  const details = first === undefined ? { issues: list } : { key_path: first.key_path, issues: list }
  return ozError(
    'INVALID_STRUCTURE',
    options?.message === undefined ? { details } : { details, message: options.message },
  )
}

const keyText = (key: PropertyKey): string =>
  typeof key === 'symbol' ? (key.description ?? '') : String(key)

const valueAt = (input: unknown, segments: readonly PropertyKey[]): unknown => {
  try {
    let value = input
    for (const key of segments) {
      if (typeof value !== 'object' || value === null) return undefined
      value = (value as Record<PropertyKey, unknown>)[key]
    }
    return value
  } catch {
    return undefined
  }
}

// Schema libraries quote a rejected string (valibot's `Received "…"`) and unrecognized keys
// (zod's `Unrecognized key: "…"`), so it is the quoted form that is taken out: the bare word
// may be the schema's own ("expected number" when the client sent "number"). A number is
// printed bare; it is taken out as a whole word, from three digits up (shorter ones carry no
// secret, and taking out "1" would garble the message).
const MIN_DIGITS = 3
const MAX_KEYS = 64

// Input that cannot be read (a proxy, say) cannot be checked for echoes: say nothing of it.
const safeRedact = (message: string, value: unknown): string => {
  try {
    return redact(message, value)
  } catch {
    return 'Invalid value'
  }
}

const redact = (message: string, value: unknown): string => {
  if (typeof value === 'string') return message.replaceAll(JSON.stringify(value), '<input>')
  if (typeof value === 'number' || typeof value === 'bigint') {
    const digits = String(value)
    if (digits.length < MIN_DIGITS) return message
    const escaped = digits.replace(/[.+-]/g, '\\$&')
    return message.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w.])`, 'g'), '<input>')
  }
  if (typeof value !== 'object' || value === null) return message
  let out = message
  for (const key of Object.keys(value).slice(0, MAX_KEYS))
    out = out.replaceAll(JSON.stringify(key), '<input>')
  return out
}
