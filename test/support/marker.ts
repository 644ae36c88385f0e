// A marker planted in a request, and the check that a response carries none of it, in any
// encoding a schema or a library could have turned it into (issue 11 §1).
import fc from 'fast-check'

const LETTERS = 'bcdfghjkmnpqrstvwxz'
const DIGITS = '23456789'

/**
 * A marker: letters and digits alternating (`k7q2z9w4…`). No English word and no number a
 * message prints has that shape, so any 4 characters of it in a body are a leak, not chance.
 */
export const marker = (): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...DIGITS)), { minLength: 6, maxLength: 10 })
    .map((pairs) => pairs.map(([letter, digit]) => letter + digit).join(''))

/**
 * A 16-digit marker, as a card number is sent in a query string: exact as a JS number. Only the
 * digits 7, 8 and 9: a 4-digit slice of it then cannot be a number the answer carries for its
 * own reasons (a status, tRPC's JSON-RPC code -32600, a schema's bound), which would read as an
 * echo. Led by 7 or 8, 16 such digits stay a safe integer.
 */
export const digitMarker = (): fc.Arbitrary<string> =>
  fc.stringMatching(/^[78][789]{15}$/).filter((text) => Number.isSafeInteger(Number(text)))

/** What a marker may have become on its way into a message. */
const encodings = (planted: string): string[] => {
  const out = new Set([
    planted,
    JSON.stringify(planted).slice(1, -1),
    planted.toLowerCase(),
    planted.toUpperCase(),
    planted.trim(),
  ])
  const number = Number(planted.trim())
  if (planted.trim() !== '' && Number.isFinite(number)) out.add(String(number))
  return [...out]
}

// Every run of 4+ letters and digits in an encoding, as 4-character slices: a body holding a
// longer slice holds one of these.
const slices = (text: string): string[] =>
  (text.match(/[A-Za-z0-9]{4,}/g) ?? []).flatMap((run) =>
    Array.from({ length: run.length - 3 }, (_, i) => run.slice(i, i + 4)),
  )

/** `value` with every `key_path` member emptied: it may name a key the client chose; that is the one place a planted key may appear. */
export const withoutKeyPaths = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutKeyPaths)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key, key === 'key_path' ? '' : withoutKeyPaths(member)]),
  )
}

export interface MarkerOptions {
  /** The marker was planted as a key: it may appear inside `key_path` members. */
  readonly asKey?: boolean
}

/**
 * The first fragment of `planted` found in `body` (as is, JSON-escaped, lower-cased, trimmed,
 * as a number, or any 4+ character slice of those), or `undefined`. A JSON body is read back and
 * written canonically first, so an escape cannot hide a fragment.
 */
export const markerIn = (body: string, planted: string, options?: MarkerOptions): string | undefined => {
  let texts = [body]
  try {
    const parsed: unknown = JSON.parse(body)
    const canonical = JSON.stringify(options?.asKey === true ? withoutKeyPaths(parsed) : parsed)
    texts = options?.asKey === true ? [canonical] : [body, canonical]
  } catch {
    // Not JSON: read as it is.
  }
  for (const encoding of encodings(planted)) {
    for (const fragment of [encoding, ...slices(encoding)]) {
      if (texts.some((text) => text.includes(fragment))) return fragment
    }
  }
  return undefined
}
