// What the library writes to the console, read back as the lines a log file would hold, and the
// check that none of them was forged by what a client sent (issue 11 §4).
import { format } from 'node:util'
import { vi } from 'vitest'

/**
 * Runs `work` with `console.error` captured and returns each call as Node writes it (its
 * arguments formatted as `console.error` formats them), so an Error argument shows its stack.
 */
export const consoleErrorCalls = async (work: () => Promise<void>): Promise<string[]> => {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  try {
    await work()
    return spy.mock.calls.map((args) => format(...args))
  } finally {
    spy.mockRestore()
  }
}

// Whatever a terminal or a log shipper takes for the end of a line (or a cursor move that hides
// one): C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const LINE_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/u

/** The first character of `call` that could end its log line or start a forged one, as `U+XXXX`. */
export const lineBreakIn = (call: string): string | undefined => {
  const found = LINE_BREAKING.exec(call)
  return found === null ? undefined : `U+${(found[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
}
