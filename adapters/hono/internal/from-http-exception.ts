import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { kindForStatus, type OzError, type OzErrorKind, ozError } from '../../../core/index.js'

/** @internal What a 4xx HTTPException becomes: an Oz error, and the headers of its response kept. */
export interface Mapped {
  readonly error: OzError
  readonly headers: Readonly<Record<string, string>>
}

// Headers of the exception's own response that a client needs to act on the error; the rest
// (its content type and length, say) belong to a body we do not send.
const KEPT = ['www-authenticate', 'proxy-authenticate', 'retry-after'] as const

// Hono's own, unless a subclass replaced it: then what Hono would send is not known.
const honoGetResponse = HTTPException.prototype.getResponse

/**
 * @internal
 * Whether `error` is Hono's `HTTPException`: by the class `hono/http-exception` exports, never by
 * its shape. An upstream client's error that carries the upstream's response (a `getResponse`
 * method, a `status`) is foreign, so it is masked: its message, status and headers are the
 * upstream's, not written for this API's clients (issue 11 §3). One copy of Hono is assumed,
 * as its being a peer dependency makes it; docs/hono.md says what a second copy gets.
 */
export const isHttpException = (error: unknown): error is HTTPException => error instanceof HTTPException

/**
 * @internal
 * Maps a 4xx HTTPException, `response` being what its `getResponse` gave: 401 to an AUTH_*
 * kind, 405 to NOT_ALLOWED with the exception's `Allow`, another 4xx to `kindForStatus`. The
 * response then has the status of its kind, as every response of the model does (a 429 is
 * answered 400, so a client that decodes the body and one that reads the status agree); the
 * `Retry-After` it carried is kept, so clients still back off. A 4xx's message is kept exactly
 * when Hono's own handler would send it: built without `res`, with Hono's `getResponse` (with
 * `res`, Hono sends `res` and the message was written for the logs).
 */
export const fromHttpException = (exception: HTTPException, response: Response, c: Context): Mapped => {
  void response.body?.cancel().catch(() => {})
  const sent = exception.res === undefined && exception.getResponse === honoGetResponse
  const message = sent && exception.message !== '' ? { message: exception.message } : {}
  const error = mapStatus(response.status, exception, c, response.headers, message)
  const headers: Record<string, string> = {}
  for (const name of KEPT) {
    const value = response.headers.get(name)
    if (value !== null) headers[name] = value
  }
  return { error, headers }
}

const mapStatus = (
  status: number,
  exception: HTTPException,
  c: Context,
  headers: Headers,
  init: { message?: string },
): OzError => {
  if (status === 401) return ozError(authKind(exception, c), init)
  if (status === 405) {
    const allowed = (headers.get('allow') ?? '').split(',').flatMap((method) => method.trim() || [])
    return ozError('NOT_ALLOWED', { ...init, details: { method: c.req.method, allowed } })
  }
  return ozError(kindForStatus(status), init)
}

// Hono's jwt middleware keeps its verification error as the cause; an expired token is worth
// telling apart, since the client's remedy (refresh) differs.
const authKind = (exception: HTTPException, c: Context): OzErrorKind => {
  const cause = exception.cause
  if (cause instanceof Error && cause.name === 'JwtTokenExpired') return 'AUTH_EXPIRED'
  return c.req.header('authorization') === undefined ? 'AUTH_NOT_PROVIDED' : 'AUTH_INVALID'
}
