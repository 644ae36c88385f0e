/**
 * @internal Messages for arktype's issues (arktype 2), built from `code`, `rule`, `domain`,
 * `unit`, `proto`, `exclusive` and the schema's static `meta.description`. Never `expected`
 * (a union's holds the input), `actual`, `problem`, `data` or `message`.
 */
import {
  bound,
  expectedType,
  format,
  INVALID,
  literalText,
  matching,
  multipleOf,
  REQUIRED,
  typeName,
  UNEXPECTED_KEY,
} from './issue-phrases.js'

type Fields = Readonly<Record<string, unknown>>

/** @internal Whether an issue is one of arktype's `ArkError`s. */
export const isArktypeIssue = (issue: Fields): boolean => issue[' arkKind'] === 'error'

const MAX_DESCRIPTION = 120
const IDENTIFIER = /^[A-Za-z_$][\w$]{0,63}$/

// `meta` is what the schema declared (`.describe()`, or the built-in keywords' own words).
const described = (issue: Fields): string | undefined => {
  const meta = issue.meta
  if (typeof meta !== 'object' || meta === null) return undefined
  const { description, format: name } = meta as Fields
  const known = format(name)
  if (known !== undefined) return known
  return typeof description === 'string' && description.length <= MAX_DESCRIPTION
    ? `Expected ${description}`
    : undefined
}

const protoMessage = (proto: unknown): string => {
  const name = typeof proto === 'function' ? proto.name : undefined
  return typeof name === 'string' && IDENTIFIER.test(name) ? `Expected an instance of ${name}` : INVALID
}

const unionMessage = (errors: unknown): string => {
  if (!Array.isArray(errors)) return 'No alternative matched'
  const texts: string[] = []
  for (const branch of errors.slice(0, 10)) {
    // Stryker disable next-line ConditionalExpression: a primitive branch has no code, so it gets the same answer below
    if (typeof branch !== 'object' || branch === null) return 'No alternative matched'
    const { code, unit, domain } = branch as Fields
    const text = code === 'unit' ? literalText(unit) : code === 'domain' ? typeName(domain) : undefined
    if (text === undefined) return 'No alternative matched'
    texts.push(text)
  }
  return `Expected one of ${texts.join(', ')}${errors.length > 10 ? ', …' : ''}`
}

/** @internal The message of one arktype issue. */
export const arktypeMessage = (issue: Fields): string => {
  const exclusive = issue.exclusive === true
  switch (issue.code) {
    case 'domain':
      return expectedType(issue.domain)
    case 'required':
      return REQUIRED
    case 'minLength':
      return bound('length', 'min', true, issue.rule)
    case 'maxLength':
      // Stryker disable next-line StringLiteral: bound() reads every side but 'min' and 'exact' as 'max'
      return bound('length', 'max', true, issue.rule)
    case 'exactLength':
      // Stryker disable next-line BooleanLiteral: an exact bound is neither inclusive nor exclusive
      return bound('length', 'exact', true, issue.rule)
    case 'min':
    case 'after':
      return bound('value', 'min', !exclusive, issue.rule)
    case 'max':
    case 'before':
      // Stryker disable next-line StringLiteral: bound() reads every side but 'min' and 'exact' as 'max'
      return bound('value', 'max', !exclusive, issue.rule)
    case 'divisor':
      return issue.rule === 1 ? 'Expected an integer' : multipleOf(issue.rule)
    case 'pattern':
      return described(issue) ?? matching(issue.rule)
    case 'unit': {
      const text = literalText(issue.unit)
      return text === undefined ? INVALID : `Expected ${text}`
    }
    case 'proto':
      return protoMessage(issue.proto)
    case 'union':
      return unionMessage(issue.errors)
    case 'predicate':
      // An undeclared key of `'+': 'reject'`; compared, never copied.
      return issue.expected === 'removed' ? UNEXPECTED_KEY : (described(issue) ?? INVALID)
    default:
      return INVALID
  }
}
