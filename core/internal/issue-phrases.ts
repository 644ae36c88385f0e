/**
 * @internal The words `fromIssues` builds its messages from. Every phrase here is fixed text or
 * a value the schema declared (a bound, a literal, a pattern), checked for its type before it is
 * printed; nothing is copied from a library's message, so nothing the client sent can reach it.
 * See issue 11 §1.
 */

/** @internal What is said when nothing better can be said safely. */
export const INVALID = 'Invalid value'
/** @internal */
export const UNEXPECTED_KEY = 'Unexpected key'
/** @internal */
export const REQUIRED = 'Required'

const MAX_LITERAL = 64
const MAX_PATTERN = 120
const MAX_CHOICES = 10

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text)

/** @internal A schema's bound (number, bigint or Date) as text; `undefined` for anything else. */
export const limitText = (value: unknown): string | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'bigint') return String(value)
  // Stryker disable next-line ConditionalExpression: any other value has no getTime, and throws into safeMessage's catch, whose INVALID is what undefined gives
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? undefined : new Date(time).toISOString()
  }
  return undefined
}

/** @internal A schema's literal (a primitive) as JSON-like text, long strings cut; `undefined` otherwise. */
export const literalText = (value: unknown): string | undefined => {
  switch (typeof value) {
    case 'string':
      return cut(JSON.stringify(value), MAX_LITERAL)
    case 'number':
      return limitText(value)
    case 'bigint':
    case 'boolean':
      return String(value)
    case 'undefined':
      return 'undefined'
    default:
      return value === null ? 'null' : undefined
  }
}

/** @internal `Expected "a"` or `Expected one of "a", "b"` from a schema's literals; generic otherwise. */
export const oneOf = (values: unknown): string => {
  if (!Array.isArray(values) || values.length === 0) return INVALID
  const texts: string[] = []
  for (const value of values.slice(0, MAX_CHOICES)) {
    const text = literalText(value)
    if (text === undefined) return INVALID
    texts.push(text)
  }
  // One text means one value: with more than MAX_CHOICES there are MAX_CHOICES texts.
  return texts.length === 1
    ? `Expected ${texts[0]}`
    : `Expected one of ${texts.join(', ')}${values.length > MAX_CHOICES ? ', …' : ''}`
}

/** @internal A pattern the schema declared (`RegExp` or its source) as `/…/`, long ones cut. */
export const matching = (pattern: unknown): string => {
  const text =
    pattern instanceof RegExp
      ? String(pattern)
      : typeof pattern === 'string'
        ? pattern.startsWith('/')
          ? pattern
          : `/${pattern}/`
        : undefined
  return text === undefined ? 'Invalid format' : `Expected a string matching ${cut(text, MAX_PATTERN)}`
}

/** @internal A schema's prefix, suffix or infix. */
export const affix = (where: 'starting with' | 'ending with' | 'including', text: unknown): string =>
  typeof text === 'string' ? `Expected a string ${where} ${literalText(text)}` : 'Invalid format'

/** @internal */
export type Measure = 'length' | 'value' | 'size' | 'number of entries'
/** @internal */
export type Side = 'min' | 'max' | 'exact'

/** @internal `Expected a length >= 3`, `Expected a value < 5`, `Expected a size of exactly 2`, … */
export const bound = (measure: Measure, side: Side, inclusive: boolean, limit: unknown): string => {
  const text = limitText(limit)
  if (text === undefined) return INVALID
  if (side === 'exact') return `Expected a ${measure} of exactly ${text}`
  const relation = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'
  return `Expected a ${measure} ${relation} ${text}`
}

/** @internal */
export const multipleOf = (divisor: unknown): string => {
  const text = limitText(divisor)
  return text === undefined ? INVALID : `Expected a multiple of ${text}`
}

// A type or format name as the libraries spell their own (`number`, `strict_object`, `email`,
// `iso_date`): read only from schema-side members (zod's `expected` and `format`, valibot's
// `type`, arktype's `domain`), and printed only if it has that shape.
const NAME = /^[a-z][a-z0-9_]{0,23}$/
const GENERIC_NAMES = new Set(['custom', 'check', 'raw_check', 'unknown', 'any'])

/** @internal A type or format name of the libraries' shape; `undefined` for any other value. */
export const typeName = (name: unknown): string | undefined =>
  typeof name === 'string' && NAME.test(name) && !GENERIC_NAMES.has(name) ? name : undefined

/** @internal `Expected number` for a type name; generic otherwise. */
export const expectedType = (name: unknown): string => {
  const known = typeName(name)
  return known === undefined ? 'Invalid type' : `Expected ${known}`
}

/** @internal `Expected a valid email` for a format name; `undefined` for any other value. */
export const format = (name: unknown): string | undefined => {
  const known = typeName(name)
  return known === undefined ? undefined : `Expected a valid ${known}`
}
