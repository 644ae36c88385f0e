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

/** Whether an issue has valibot's shape. */
export const isValibotIssue = (issue: Fields): boolean =>
  typeof issue.kind === 'string' && KINDS.has(issue.kind) && typeof issue.type === 'string'

// valibot writes these `expected` from the schema's options, never from the input.
const OPTIONS = new Set(['picklist', 'literal', 'enum', 'variant'])
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest'])
const MAX_EXPECTED = 200

const BOUNDS: Readonly<Record<string, readonly [Measure, Side]>> = {
  min_length: ['length', 'min'],
  max_length: ['length', 'max'],
  length: ['length', 'exact'],
  min_value: ['value', 'min'],
  max_value: ['value', 'max'],
  min_size: ['size', 'min'],
  max_size: ['size', 'max'],
  size: ['size', 'exact'],
  min_entries: ['number of entries', 'min'],
  max_entries: ['number of entries', 'max'],
  entries: ['number of entries', 'exact'],
  min_bytes: ['length', 'min'],
  max_bytes: ['length', 'max'],
  bytes: ['length', 'exact'],
  min_graphemes: ['length', 'min'],
  max_graphemes: ['length', 'max'],
  graphemes: ['length', 'exact'],
  min_words: ['length', 'min'],
  max_words: ['length', 'max'],
  words: ['length', 'exact'],
  gt_value: ['value', 'min'],
  lt_value: ['value', 'max'],
}
const EXCLUSIVE = new Set(['gt_value', 'lt_value'])

const lastKeyOrigin = (issue: Fields): unknown => {
  const path = issue.path
  if (!Array.isArray(path) || path.length === 0) return undefined
  const last: unknown = path[path.length - 1]
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
  const limits = BOUNDS[type]
  if (limits !== undefined) return bound(limits[0], limits[1], !EXCLUSIVE.has(type), issue.requirement)
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

/** The message of one valibot issue. */
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
