/**
 * @internal Messages for zod's issues (zod 4), built from their schema-side members only:
 * `code`, `expected`, `origin`, `minimum`/`maximum`, `format`, `pattern`, `values`, `divisor`.
 * Never `input`, and never `keys` (an unknown key is the client's).
 */
import {
  affix,
  bound,
  expectedType,
  format,
  INVALID,
  type Measure,
  matching,
  multipleOf,
  oneOf,
} from './issue-phrases.js'

type Fields = Readonly<Record<string, unknown>>

/**
 * @internal Whether an issue is read as zod's: arktype's and valibot's are told apart before
 * (issue-message.ts), and valibot's carry a `kind`. A code zodMessage does not know gets its
 * default, INVALID, which is what an issue of no known shape gets too, so the codes need no
 * second list here.
 */
export const isZodIssue = (issue: Fields): boolean => !('kind' in issue)

const measureOf = (origin: unknown): Measure =>
  origin === 'string' || origin === 'array'
    ? 'length'
    : origin === 'set' || origin === 'map' || origin === 'file'
      ? 'size'
      : 'value'

const formatMessage = (issue: Fields): string => {
  switch (issue.format) {
    case 'regex':
      return matching(issue.pattern)
    case 'starts_with':
      return affix('starting with', issue.prefix)
    case 'ends_with':
      return affix('ending with', issue.suffix)
    case 'includes':
      return affix('including', issue.includes)
    default:
      return format(issue.format) ?? 'Invalid format'
  }
}

// zod gives a date's bound as milliseconds.
const limitOf = (issue: Fields, limit: unknown): unknown =>
  issue.origin === 'date' && typeof limit === 'number' ? new Date(limit) : limit

/** @internal The message of one zod issue. */
export const zodMessage = (issue: Fields): string => {
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(issue.expected)
    case 'too_small':
      return bound(
        measureOf(issue.origin),
        issue.exact === true ? 'exact' : 'min',
        issue.inclusive !== false,
        limitOf(issue, issue.minimum),
      )
    case 'too_big':
      return bound(
        measureOf(issue.origin),
        // Stryker disable next-line StringLiteral: bound() reads every side but 'min' and 'exact' as 'max'
        issue.exact === true ? 'exact' : 'max',
        issue.inclusive !== false,
        limitOf(issue, issue.maximum),
      )
    case 'invalid_format':
      return formatMessage(issue)
    case 'not_multiple_of':
      return multipleOf(issue.divisor)
    case 'unrecognized_keys':
      return 'Unrecognized keys'
    case 'invalid_union':
      return Array.isArray(issue.options) ? oneOf(issue.options) : 'No alternative matched'
    case 'invalid_key':
      return 'Invalid key'
    case 'invalid_element':
      return 'Invalid element'
    case 'invalid_value':
      return oneOf(issue.values)
    default:
      return INVALID
  }
}
