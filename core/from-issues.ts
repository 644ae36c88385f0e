import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { OzIssue } from './details.js'
import { type OzErrorOf, ozError } from './oz-error.js'

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
    const message = hasInput ? safeRedact(issue.message, options.input, segments) : issue.message
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

// Schema libraries quote what they echo: a rejected string (valibot's `Received "…"`), a
// client's key (zod's `Unrecognized key: "…"`, valibot's key checks). Quoted as the library
// quotes it (`"…"` as is, or JSON-escaped, or in single quotes) each is taken out; the bare word
// is left, since it may be the schema's own ("expected number" when the client sent "number").
// A number is printed bare, so it is taken out as a whole word, from three digits up (shorter
// ones carry no secret, and taking out "1" would garble the message).
const MIN_DIGITS = 3

// Input that cannot be read (a proxy, say) cannot be checked for echoes: say nothing of it.
const safeRedact = (message: string, input: unknown, segments: readonly PropertyKey[]): string => {
  try {
    const value = valueAt(input, segments)
    let out = redactValue(message, value)
    const key = segments[segments.length - 1]
    if (typeof key === 'string') out = redactText(out, key)
    if (typeof value === 'object' && value !== null) {
      for (const own of Object.keys(value)) out = redactText(out, own)
    }
    return out
  } catch {
    return 'Invalid value'
  }
}

const redactText = (message: string, text: string): string => {
  const json = JSON.stringify(text)
  // Most texts do not occur at all; that check is one scan instead of three.
  if (!message.includes(text) && !message.includes(json.slice(1, -1))) return message
  return message
    .replaceAll(`"${text}"`, '<input>')
    .replaceAll(json, '<input>')
    .replaceAll(`'${text}'`, '<input>')
}

const redactValue = (message: string, value: unknown): string => {
  if (typeof value === 'string') return redactText(message, value)
  if (typeof value !== 'number' && typeof value !== 'bigint') return message
  const digits = String(value)
  if (digits.length < MIN_DIGITS) return message
  const escaped = digits.replace(/[.+-]/g, '\\$&')
  return message.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w.])`, 'g'), '<input>')
}
