/**
 * @internal Messages for valibot's issues (valibot 1), built from `kind`, `type`, `requirement`
 * and, for the schemas whose `expected` valibot writes from the schema's own options (picklist,
 * literal, enum, variant), `expected`. Never `input` or `received`.
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
  REQUIRED,
  type Side,
  UNEXPECTED_KEY,
} from './issue-phrases.js'

type Fields = Readonly<Record<string, unknown>>

const KINDS = new Set(['schema', 'validation', 'transformation'])

/** @internal Whether an issue has valibot's shape. */
export const isValibotIssue = (issue: Fields): boolean =>
  // Stryker disable next-line ConditionalExpression: KINDS.has is false for a non-string; the typeof is for the type checker
  typeof issue.kind === 'string' && KINDS.has(issue.kind) && typeof issue.type === 'string'

// valibot writes these `expected` from the schema's options, never from the input.
const OPTIONS = new Set(['picklist', 'literal', 'enum', 'variant'])
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest'])
const MAX_EXPECTED = 200

// `min_length`, `max_value`, `size`, `gt_value`, … : which bound, and of what.
const BOUND = /^(?:(min|max|gt|lt)_)?(length|value|size|entries|bytes|graphemes|words)$/
const MEASURES: Readonly<Record<string, Measure>> = {
  value: 'value',
  size: 'size',
  entries: 'number of entries',
}

const boundMessage = (type: string, requirement: unknown): string | undefined => {
  const match = BOUND.exec(type)
  if (match === null) return undefined
  // Stryker disable next-line StringLiteral: BOUND's second group always matches; the default is for the type checker
  const [, side = '', of = ''] = match
  // Stryker disable next-line StringLiteral: bound() reads every side but 'min' and 'exact' as 'max'
  const which: Side = side === '' ? 'exact' : side === 'min' || side === 'gt' ? 'min' : 'max'
  return bound(MEASURES[of] ?? 'length', which, side !== 'gt' && side !== 'lt', requirement)
}

const lastKeyOrigin = (issue: Fields): unknown => {
  const path = issue.path
  if (!Array.isArray(path)) return undefined
  const last: unknown = path.at(-1)
  return typeof last === 'object' && last !== null ? (last as Fields).origin : undefined
}

const schemaMessage = (issue: Fields, type: string): string => {
  if (OBJECTS.has(type) && lastKeyOrigin(issue) === 'key') {
    // A key check of an object schema: an unknown key ("never" expected) or a missing one.
    return issue.expected === 'never' ? UNEXPECTED_KEY : REQUIRED
  }
  if ((type === 'strict_tuple' || type === 'tuple_with_rest') && issue.expected === 'never') {
    return 'Unexpected item'
  }
  if (OPTIONS.has(type) && typeof issue.expected === 'string' && issue.expected.length <= MAX_EXPECTED) {
    return `Expected ${issue.expected}`
  }
  if (type === 'union') return 'No alternative matched'
  if (type === 'instance') return 'Expected an instance of the declared class'
  return expectedType(OBJECTS.has(type) ? 'object' : type)
}

const validationMessage = (issue: Fields, type: string): string => {
  const limited = boundMessage(type, issue.requirement)
  if (limited !== undefined) return limited
  switch (type) {
    case 'multiple_of':
      return multipleOf(issue.requirement)
    case 'regex':
      return matching(issue.requirement)
    case 'starts_with':
      return affix('starting with', issue.requirement)
    case 'ends_with':
      return affix('ending with', issue.requirement)
    case 'includes':
      return affix('including', issue.requirement)
    default:
      return format(type) ?? INVALID
  }
}

/** @internal The message of one valibot issue. */
export const valibotMessage = (issue: Fields): string => {
  const type = String(issue.type)
  switch (issue.kind) {
    case 'schema':
      return schemaMessage(issue, type)
    case 'validation': {
      // A record's key schema failed: the path ends at the client's key.
      const message = validationMessage(issue, type)
      return lastKeyOrigin(issue) === 'key' ? `Invalid key: ${message}` : message
    }
    default:
      return type === 'parse_json' ? 'Expected valid JSON' : 'Could not convert the value'
  }
}
