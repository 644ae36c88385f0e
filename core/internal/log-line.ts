// Every line the library writes to a log goes through here (issue 11 §4): nothing a client sent,
// in a path, a procedure name or a thrown message, may end a log line or start a forged one.

// Controls (C0, C1, DEL), format characters (bidi overrides, zero-width ones), line and
// paragraph separators, and lone surrogates: whatever could break a line or disguise one.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

// A log line is for a reader: a thrown value as large as a request body is cut.
const MAX_LENGTH = 16_384

// How many causes (and levels of AggregateError) below a thrown value are printed.
const MAX_DEPTH = 4

// Each UTF-16 unit as `\uXXXX`, as JSON writes it.
const escaped = (char: string): string =>
  char.replace(/[\s\S]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * @internal
 * `text` on one line: every unsafe character written as `\uXXXX`, so nothing a client put in
 * a path or a message can forge a log line.
 */
export const oneLine = (text: string): string => text.replace(UNSAFE, escaped)

/**
 * @internal
 * `text` JSON-quoted and on one line: for what the client chose (a path), so that its quotes,
 * backslashes and escapes cannot pass for the line's own.
 */
export const quoted = (text: string): string => oneLine(JSON.stringify(text))

const textOf = (value: unknown, depth: number): string => {
  if (value instanceof Error) {
    let text = value.stack ?? `${value.name}: ${value.message}`
    if (depth < MAX_DEPTH) {
      const inner = value instanceof AggregateError ? [...value.errors] : []
      if (inner.length > 0) text += ` [${inner.map((error) => textOf(error, depth + 1)).join('; ')}]`
      if (value.cause !== undefined) text += ` | caused by: ${textOf(value.cause, depth + 1)}`
    }
    return text
  }
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    // A cycle, a BigInt, a throwing getter.
    return String(value)
  }
}

/**
 * @internal
 * What to log of a thrown value, on one line: an error's stack (which starts with its message)
 * with its causes and an AggregateError's errors, another value as JSON or text; cut past
 * 16 KiB. Never throws.
 */
export const printable = (value: unknown): string => {
  try {
    return oneLine(textOf(value, 0).slice(0, MAX_LENGTH))
  } catch {
    return '(a value that cannot be printed)'
  }
}
