// What no answer of the hostile fixture may carry, whatever its status (issue 11): the planted
// secrets and markers in any encoding, a stack trace, a server file path, the request body.
import { markerIn, withoutKeyPaths } from '../marker.js'
import { UPSTREAM_MARKER } from '../upstream-errors.js'
import { SECRET } from './secret.js'

/** A marker a request carried, planted by a property; `asKey`: it may appear in `key_path`. */
export interface Planted {
  readonly marker: string
  readonly asKey?: boolean
}

/** What the judge knows of the request an answer is to. */
export interface Sent {
  readonly body?: Uint8Array
  readonly planted?: readonly Planted[]
  /** The request's `Accept` as the server read it (`''`: none; see `acceptOf`), for the negotiated mount. */
  readonly accept?: string
}

// Planted in the fixture itself: thrown messages, causes, the environment, upstream responses.
const FIXTURE_MARKERS = [SECRET, UPSTREAM_MARKER]

// A frame of a V8 stack trace, as it reads in a message, raw or JSON-escaped.
const STACK_FRAME = /(?:^|\n|\\n)\s+at \S/

// Where the server's files are; none of it is the client's business.
const PATHS = [process.cwd(), '/work/', 'node_modules', '.ts:', 'file://']

// Texts shorter than this are too short to tell an echo from a coincidence (`{}`, `name=a`).
const ECHO_MIN = 16
// Longer bodies are sampled in windows of this size.
const WINDOW = 32
const WINDOWS = 16

const decoder = new TextDecoder()

// The parts of a body that would show it was echoed: all of it, or windows across it. Runs of
// a few characters (`[[[[`, `0,0,0`) say nothing of an echo, so they are skipped.
const echoProbes = (body: Uint8Array): string[] => {
  const text = decoder.decode(body).trim()
  if (text.length < ECHO_MIN) return []
  const windows =
    text.length <= 2 * WINDOW
      ? [text]
      : Array.from({ length: WINDOWS }, (_, i) => {
          const at = Math.floor((i * (text.length - WINDOW)) / (WINDOWS - 1))
          return text.slice(at, at + WINDOW)
        })
  return windows.filter((window) => new Set(window).size >= 6)
}

// `key_path` may carry a key the client chose (issue 11 §1): the echo check reads a JSON answer
// without those members.
const withoutClientKeys = (answer: string): string => {
  try {
    return JSON.stringify(withoutKeyPaths(JSON.parse(answer)))
  } catch {
    return answer
  }
}

const echoIn = (text: string, body: Uint8Array): string | undefined => {
  const probes = echoProbes(body)
  if (probes.length === 0) return undefined
  const answer = withoutClientKeys(text)
  return probes.find((probe) => answer.includes(probe) || answer.includes(JSON.stringify(probe).slice(1, -1)))
}

/**
 * Yoga's `extensions.originalError` of a body it cannot parse quotes that body; removing it is
 * issue 11 §5 (the GraphQL adapter, another branch). Until it lands, the echo check reads GraphQL
 * answers without that extension; the stack, path and marker checks still read all of it.
 * TODO(issue 11 §5): delete this once maskError drops the extension.
 */
export const withoutOriginalError = (body: string): string =>
  body.replace(/,?"originalError":\{"name":"SyntaxError","message":"(?:[^"\\]|\\.)*"\}/g, '')

/**
 * The first thing of the server's or the client's in an answer: a planted marker (any 4+
 * characters of it, in any encoding: `markerIn`), a stack frame, a server file path, or the
 * request body echoed. `echoText` is the body read for the echo check (default: the body).
 */
export const leakIn = (
  body: string,
  headers: Readonly<Record<string, string>>,
  sent: Sent = {},
  echoText: string = body,
): string | undefined => {
  const head = JSON.stringify(headers)
  for (const planted of FIXTURE_MARKERS) {
    const found = markerIn(body, planted) ?? markerIn(head, planted)
    if (found !== undefined) return `the fixture's marker (${JSON.stringify(found)})`
  }
  for (const { marker, asKey } of sent.planted ?? []) {
    // In headers, only the marker whole: 4 digits of a card number are a year in `Date`.
    const found =
      markerIn(body, marker, { asKey: asKey === true }) ?? (head.includes(marker) ? marker : undefined)
    if (found !== undefined) return `the request's planted marker (${JSON.stringify(found)})`
  }
  if (STACK_FRAME.test(body) || STACK_FRAME.test(head)) return 'a stack trace'
  const path = PATHS.find((fragment) => body.includes(fragment) || head.includes(fragment))
  if (path !== undefined) return `a server file path (${JSON.stringify(path)})`
  const echo = sent.body === undefined ? undefined : echoIn(echoText, sent.body)
  if (echo !== undefined) return `the request body echoed (${JSON.stringify(echo.slice(0, 40))})`
  return undefined
}
