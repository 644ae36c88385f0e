/**
 * @internal The words `fromIssues` builds its messages from. Every phrase here is fixed text or
 * a value the schema declared (a bound, a literal, a pattern), checked for its type before it is
 * printed; nothing is copied from a library's message, so nothing the client sent can reach it.
 * See issue 11 §1.
 */

/** What is said when nothing better can be said safely. */
export const INVALID = 'Invalid value'
export const UNEXPECTED_KEY = 'Unexpected key'
export const REQUIRED = 'Required'

const MAX_LITERAL = 64
const MAX_PATTERN = 120
const MAX_CHOICES = 10

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text)

/** A schema's bound (number, bigint or Date) as text; `undefined` for anything else. */
export const limitText = (value: unknown): string | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'bigint') return String(value)
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? undefined : new Date(time).toISOString()
  }
  return undefined
}

/** A schema's literal (a primitive) as JSON-like text, long strings cut; `undefined` otherwise. */
export const literalText = (value: unknown): string | undefined => {
  switch (typeof value) {
    case 'string':
      return cut(JSON.stringify(value), MAX_LITERAL)
    case 'number':
    case 'bigint':
      return limitText(value)
    case 'boolean':
      return String(value)
    case 'undefined':
      return 'undefined'
    default:
      return value === null ? 'null' : undefined
  }
}

/** `Expected "a"` or `Expected one of "a", "b"` from a schema's literals; generic otherwise. */
export const oneOf = (values: unknown): string => {
  if (!Array.isArray(values) || values.length === 0) return INVALID
  const texts: string[] = []
  for (const value of values.slice(0, MAX_CHOICES)) {
    const text = literalText(value)
    if (text === undefined) return INVALID
    texts.push(text)
  }
  const more = values.length > MAX_CHOICES ? ', …' : ''
  return texts.length === 1 && more === ''
    ? `Expected ${texts[0]}`
    : `Expected one of ${texts.join(', ')}${more}`
}

/** A pattern the schema declared (`RegExp` or its source) as `/…/`, long ones cut. */
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

/** A schema's prefix, suffix or infix. */
export const affix = (where: 'starting with' | 'ending with' | 'including', text: unknown): string =>
  typeof text === 'string' ? `Expected a string ${where} ${literalText(text)}` : 'Invalid format'

export type Measure = 'length' | 'value' | 'size' | 'number of entries'
export type Side = 'min' | 'max' | 'exact'

/** `Expected a length >= 3`, `Expected a value < 5`, `Expected a size of exactly 2`, … */
export const bound = (measure: Measure, side: Side, inclusive: boolean, limit: unknown): string => {
  const text = limitText(limit)
  if (text === undefined) return INVALID
  if (side === 'exact') return `Expected a ${measure} of exactly ${text}`
  const relation = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'
  return `Expected a ${measure} ${relation} ${text}`
}

export const multipleOf = (divisor: unknown): string => {
  const text = limitText(divisor)
  return text === undefined ? INVALID : `Expected a multiple of ${text}`
}

// Type names as the libraries spell them for their own schemas; a name outside this list is
// not printed.
const TYPES = new Set([
  'string',
  'number',
  'int',
  'integer',
  'bigint',
  'boolean',
  'symbol',
  'undefined',
  'null',
  'void',
  'never',
  'nan',
  'object',
  'array',
  'tuple',
  'record',
  'map',
  'set',
  'date',
  'file',
  'blob',
  'function',
  'promise',
])

/** A type name of the fixed vocabulary; `undefined` for any other value. */
export const typeName = (name: unknown): string | undefined =>
  typeof name === 'string' && TYPES.has(name) ? name : undefined

/** `Expected number` for a type name of the fixed vocabulary; generic otherwise. */
export const expectedType = (name: unknown): string => {
  const known = typeName(name)
  return known === undefined ? 'Invalid type' : `Expected ${known}`
}

// Format names the libraries check built in (zod's `format`, valibot's action `type`,
// arktype's `meta.format`), and how to say them.
const FORMATS: Readonly<Record<string, string>> = {
  email: 'an email address',
  url: 'a URL',
  uuid: 'a UUID',
  guid: 'a GUID',
  datetime: 'an ISO date-time',
  iso_date_time: 'an ISO date-time',
  iso_timestamp: 'an ISO timestamp',
  date: 'an ISO date',
  iso_date: 'an ISO date',
  time: 'an ISO time',
  iso_time: 'an ISO time',
  duration: 'an ISO duration',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  ip: 'an IP address',
  cidrv4: 'an IPv4 range',
  cidrv6: 'an IPv6 range',
  base64: 'base64 text',
  base64url: 'base64url text',
  jwt: 'a JWT',
  emoji: 'an emoji',
  nanoid: 'a nanoid',
  cuid: 'a cuid',
  cuid2: 'a cuid2',
  ulid: 'a ULID',
  xid: 'an XID',
  ksuid: 'a KSUID',
  e164: 'an E.164 phone number',
  lowercase: 'lower-case text',
  uppercase: 'upper-case text',
  hex: 'hexadecimal text',
  hexadecimal: 'hexadecimal text',
  hex_color: 'a hex colour',
  mac: 'a MAC address',
  digits: 'digits only',
  decimal: 'a decimal number',
  integer: 'an integer',
  safe_integer: 'a safe integer',
  finite: 'a finite number',
  credit_card: 'a card number',
  non_empty: 'a non-empty value',
}

/** `Expected an email address` for a known format; `undefined` for any other name. */
export const format = (name: unknown): string | undefined => {
  const phrase = typeof name === 'string' && Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined
  return phrase === undefined ? undefined : `Expected ${phrase}`
}
