import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { InvalidStructureDetails, OzIssue } from './details.js'
import { safeMessage } from './internal/issue-message.js'
import { type OzErrorOf, ozError } from './oz-error.js'

/** Options of `fromIssues` (and of `ozValidator`, which passes them on). */
export interface FromIssuesOptions {
  /**
   * Trusts the schema: each issue's own `message` is sent as the library wrote it. Off by
   * default, because libraries quote what the client sent (valibot's `Received "…"`, arktype's
   * `(was …)`, zod's unknown keys), after any transform the schema applied. Turn it on only for
   * schemas whose every message is your own.
   */
  readonly trustSchemaMessages?: boolean
  /**
   * At most this many issues are listed (default 100); `details.omitted_issues` counts the rest.
   * `Infinity` lists them all.
   */
  readonly maxIssues?: number
  /** Replaces the default message of the error. */
  readonly message?: string
  /**
   * @deprecated Not needed, and not read: messages are built from the schema's side of each
   * issue, so there is nothing of the input to take out. Accepted so older calls compile.
   */
  readonly input?: unknown
}

/** Default of `maxIssues`. */
const MAX_ISSUES = 100
/** A `key_path` longer than this is cut and ends with `…`. */
const MAX_KEY_PATH = 1000
/** A trusted schema message longer than this is cut and ends with `…`. */
const MAX_MESSAGE = 1000

/**
 * Standard Schema issues (zod, valibot, arktype, …) as one `INVALID_STRUCTURE` error: each
 * issue's dotted `key_path` and a message in `details.issues`, the first issue's path as
 * `details.key_path`, and `details.omitted_issues` when more than `maxIssues` were found.
 *
 * A message says what the schema expected (`Expected a length of at least 3`, `Expected one of
 * "asc", "desc"`), built from the issue's schema-side members (a code, a bound, a format, the
 * schema's literals) and never from its text, so no value the client sent, however the schema
 * transformed it, reaches the response; an issue of an unknown library reads `Invalid value`.
 * `key_path` names the field, so for a key the client chose (an unknown key, a record's key)
 * it carries that key, unescaped: treat it as text, never as HTML. It is cut at 1,000
 * characters. `trustSchemaMessages` sends the libraries' own messages instead.
 *
 * @example
 * const result = await schema['~standard'].validate(body)
 * if (result.issues) return err(fromIssues(result.issues, { maxIssues: 20 }))
 */
export const fromIssues = (
  issues: ReadonlyArray<StandardSchemaV1.Issue>,
  options?: FromIssuesOptions,
): OzErrorOf<'INVALID_STRUCTURE'> => {
  const trust = options?.trustSchemaMessages === true
  const max = issueLimit(options?.maxIssues)
  // Only the issues listed are read: the work is bounded by `max`, however many were found.
  const listed = issues.slice(0, max)
  const list: OzIssue[] = listed.map((issue) => ({
    key_path: keyPath(issue),
    message: trust ? trustedMessage(issue) : safeMessage(issue),
  }))
  const first = issues[0]
  const details: InvalidStructureDetails = {
    ...(first === undefined ? {} : { key_path: list[0]?.key_path ?? keyPath(first) }),
    issues: list,
    ...(issues.length > list.length ? { omitted_issues: issues.length - list.length } : {}),
  }
  return ozError(
    'INVALID_STRUCTURE',
    options?.message === undefined ? { details } : { details, message: options.message },
  )
}

const issueLimit = (max: number | undefined): number =>
  typeof max === 'number' && !Number.isNaN(max) ? Math.max(0, Math.floor(max)) : MAX_ISSUES

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text)

const keyText = (segment: unknown): string => {
  const key = typeof segment === 'object' && segment !== null ? (segment as { key?: unknown }).key : segment
  return typeof key === 'symbol' ? (key.description ?? '') : String(key)
}

// Joined only up to the cap: a path 100,000 segments deep costs no more than a short one.
const keyPath = (issue: StandardSchemaV1.Issue): string => {
  try {
    const path = issue.path
    // Stryker disable next-line ConditionalExpression: undefined.length throws into the catch below, which answers '' too
    if (path === undefined) return ''
    let out = ''
    for (let i = 0; i < path.length && out.length <= MAX_KEY_PATH; i++) {
      out = i === 0 ? keyText(path[i]) : `${out}.${keyText(path[i])}`
    }
    return cut(out, MAX_KEY_PATH)
  } catch {
    return ''
  }
}

const trustedMessage = (issue: StandardSchemaV1.Issue): string => {
  try {
    return typeof issue.message === 'string' ? cut(issue.message, MAX_MESSAGE) : safeMessage(issue)
  } catch {
    return safeMessage(issue)
  }
}
