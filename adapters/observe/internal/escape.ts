// C0 and C1 controls, DEL, and the two JavaScript line separators: whatever could end a log
// line, start a forged one, or drive a terminal.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu

/** @internal `text` with every control character written as `\uXXXX`. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** @internal Deeper than this, a value is logged as `'[deep]'`: a log line needs no more. */
export const MAX_LOG_DEPTH = 32

/** @internal A JSON value (details) with control characters escaped in every string and key. */
export const escapeJson = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return escapeControls(value)
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_LOG_DEPTH) return '[deep]'
  if (Array.isArray(value)) return value.map((item) => escapeJson(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) {
    Object.defineProperty(out, escapeControls(key), {
      value: escapeJson(member, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}
