import { err, ok, type Result, ResultAsync } from 'neverthrow'
import { fromProblem } from './from-problem.js'
import { kindForStatus } from './kind-for-status.js'
import { type OzError, ozError } from './oz-error.js'
import { fromWire } from './wire.js'

/** Why a body was not read: past `maxBytes`, aborted by `signal`, past `timeoutMs`, or failing. */
export type UnreadBody = 'too large' | 'aborted' | 'timed out' | 'failed'

/** Where a response that is not of this model came from: kept in the error's `cause`. */
export interface ForeignResponse {
  readonly status: number
  readonly statusText: string
  /** The body as text; `undefined` where it was not read (see `unread`). */
  readonly body: string | undefined
  /** Why `body` is `undefined`, when it is. */
  readonly unread?: UnreadBody
}

/** Options of `fromResponse`: bounds on reading an error body. */
export interface FromResponseOptions {
  /** The most bytes of an error body read (default 1 MiB); past it the body is dropped. */
  readonly maxBytes?: number
  /** Stops reading the body when aborted. */
  readonly signal?: AbortSignal
  /** Stops reading the body after this many milliseconds (default: no limit). */
  readonly timeoutMs?: number
}

const MAX_BYTES = 1024 * 1024

/**
 * For fetch clients: `ok(response)` on a 2xx (the body left unread); otherwise the decoded
 * error body (an Oz body, or a problem object of `toProblem` when the content type is
 * `application/problem+json`), or, where the body is not of this model (a proxy's HTML page, truncated JSON),
 * the kind `kindForStatus` gives with `{ status, statusText, body }` as `cause`. Never rejects.
 *
 * An error body is read with a byte count: past `maxBytes` (default 1 MiB), when `signal`
 * aborts, or after `timeoutMs`, reading stops, the body stream is cancelled (so the connection
 * is released), and the answer is the kind of the status with `cause.unread` saying why.
 *
 * @example
 * const result = await fromResponse(await fetch(url), { timeoutMs: 5_000, maxBytes: 64 * 1024 })
 * if (result.isErr() && result.error.kind === 'AUTH_EXPIRED') await refresh()
 */
export const fromResponse = (
  response: Response,
  options?: FromResponseOptions,
): ResultAsync<Response, OzError> =>
  ResultAsync.fromSafePromise(settle(response, options)).andThen((result) => result)

type Read = { readonly text: string } | { readonly unread: UnreadBody }

const settle = async (
  response: Response,
  options?: FromResponseOptions,
): Promise<Result<Response, OzError>> => {
  try {
    if (response.ok) return ok(response)
    const read = await readBounded(response, options)
    const body = 'text' in read ? read.text : undefined
    // An unread body is parsed as the text 'undefined': not JSON, so no decoder accepts it.
    const decoded = decodeBody(response, parseJson(String(body)))
    if (decoded.isOk()) return err(decoded.value)
    const base = { status: response.status, statusText: response.statusText, body }
    const cause: ForeignResponse = 'unread' in read ? { ...base, unread: read.unread } : base
    return err(ozError(kindForStatus(response.status), { cause }))
  } catch (thrown) {
    return err(ozError('UNKNOWN', { cause: thrown }))
  }
}

const PROBLEM = /^\s*application\/problem\+json\s*(;|$)/i

// By content type first; a body sent under the other type (a gateway relabelling it) still decodes.
const decodeBody = (response: Response, json: unknown): Result<OzError, unknown> => {
  // No content type is the text 'null', which is not the problem type.
  const problem = PROBLEM.test(String(response.headers.get('content-type')))
  const first = problem ? fromProblem(json) : fromWire(json)
  return first.isOk() ? first : problem ? fromWire(json) : fromProblem(json)
}

const limitOf = (max: number | undefined): number =>
  typeof max === 'number' && !Number.isNaN(max) ? Math.max(0, max) : MAX_BYTES

/** Resolves with the reason to stop, and cleans up after itself. */
const stopper = (options: FromResponseOptions | undefined) => {
  let stop: (reason: UnreadBody) => void = () => {}
  const stopped = new Promise<UnreadBody>((resolve) => {
    stop = resolve
  })
  const signal = options?.signal
  const onAbort = () => stop('aborted')
  signal?.addEventListener('abort', onAbort)
  if (signal?.aborted === true) stop('aborted')
  const timeout = options?.timeoutMs
  const timer =
    typeof timeout === 'number' && timeout >= 0 && timeout < Number.POSITIVE_INFINITY
      ? setTimeout(() => stop('timed out'), timeout)
      : undefined
  return {
    stopped,
    release: () => {
      signal?.removeEventListener('abort', onAbort)
      clearTimeout(timer)
    },
  }
}

const readBounded = async (response: Response, options?: FromResponseOptions): Promise<Read> => {
  const max = limitOf(options?.maxBytes)
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > max) {
    response.body?.cancel().catch(() => {})
    return { unread: 'too large' }
  }
  if (response.body === null) return { text: '' }
  let reader: ReadableStreamDefaultReader<Uint8Array>
  try {
    reader = response.body.getReader()
  } catch {
    return { unread: 'failed' }
  }
  const { stopped, release } = stopper(options)
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), stopped])
      if (typeof next === 'string') return cancel(reader, next)
      if (next.done) break
      size += next.value.byteLength
      if (size > max) return cancel(reader, 'too large')
      chunks.push(next.value)
    }
  } catch {
    return cancel(reader, 'failed')
  } finally {
    release()
  }
  return { text: decode(chunks, size) }
}

// Not awaited: a stalled source may never settle its cancel, and the answer must not wait on it.
const cancel = (reader: ReadableStreamDefaultReader<Uint8Array>, unread: UnreadBody): Read => {
  reader.cancel().catch(() => {})
  return { unread }
}

const decode = (chunks: readonly Uint8Array[], size: number): string => {
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    // Not JSON: `undefined`, which no decoder accepts.
  }
}
