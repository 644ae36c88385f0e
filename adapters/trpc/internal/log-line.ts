// C0 and C1 controls, DEL, and the two JavaScript line separators: whatever could end a log
// line or start a forged one.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu

/**
 * @internal
 * `text` on one line: every control character written as `\uXXXX`, so nothing a client put
 * in a path or a message can forge a log line.
 */
export const oneLine = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** @internal What to log of a thrown value: its stack (which starts with its message) or its text. */
export const printable = (value: unknown): string => {
  try {
    // Stryker disable next-line OptionalChaining: defensive; tRPC hands the formatter an error, never null
    const stack = (value as { readonly stack?: unknown } | null)?.stack
    return oneLine(typeof stack === 'string' ? stack : String(value))
  } catch {
    return '(a value that cannot be printed)'
  }
}
