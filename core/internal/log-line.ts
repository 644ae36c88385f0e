// Every line the library writes to a log goes through here (issue 11 §4): nothing a client sent,
// in a path, a procedure name or a thrown message, may end a log line or start a forged one.

// Controls (C0, C1, DEL), format characters (bidi overrides, zero-width ones), line and
// paragraph separators, and lone surrogates: whatever could break a line or disguise one.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

// A log line is for a reader; a thrown value as large as a request body is cut.
const MAX_LENGTH = 16_384

// How many causes below a thrown value are printed.
const MAX_CAUSES = 4

const escaped = (char: string): string => {
  const code = char.codePointAt(0) ?? 0
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

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

const cut = (text: string): string =>
  text.length > MAX_LENGTH
    ? `${text.slice(0, MAX_LENGTH)}… (${text.length - MAX_LENGTH} more characters)`
    : text

const textOf = (value: unknown): string => {
  if (value instanceof Error) {
    const stack = value.stack
    const own = typeof stack === 'string' ? stack : `${value.name}: ${value.message}`
    if (!(value instanceof AggregateError)) return own
    const errors: unknown[] = Array.isArray(value.errors) ? value.errors : []
    return `${own} [${errors.map((inner) => printable(inner)).join('; ')}]`
  }
  if (typeof value === 'string') return value
  try {
    const json = JSON.stringify(value)
    if (typeof json === 'string') return json
  } catch {
    // A cycle, a BigInt, a throwing getter: String() below.
  }
  return String(value)
}

/**
 * @internal
 * What to log of a thrown value, on one line: an error's stack (which starts with its message)
 * and its causes, another value as JSON or text; cut past 16 KiB. Never throws.
 */
export const printable = (value: unknown): string => {
  try {
    const parts = [cut(textOf(value))]
    let current = value
    for (
      let depth = 0;
      depth < MAX_CAUSES && current instanceof Error && current.cause !== undefined;
      depth++
    ) {
      current = current.cause
      parts.push(cut(textOf(current)))
    }
    return oneLine(parts.join(' | caused by: '))
  } catch {
    return '(a value that cannot be printed)'
  }
}
