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
    const message = hasInput ? redact(issue.message, valueAt(options.input, segments)) : issue.message
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

// Values shorter than this are left alone: they cannot carry a secret, and replacing "1" or
// "a" everywhere would garble the message.
const MIN_REDACTED = 3

const redact = (message: string, value: unknown): string => {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return message
  const text = String(value)
  if (text.length < MIN_REDACTED) return message
  return message.replaceAll(JSON.stringify(text), '<input>').replaceAll(text, '<input>')
}
