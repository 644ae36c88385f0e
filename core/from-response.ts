import { err, ok, type Result, ResultAsync } from 'neverthrow'
import { kindForStatus } from './http-status.js'
import { type OzError, ozError } from './oz-error.js'
import { fromWire } from './wire.js'

/** Where a response that is not of this model came from: kept in the error's `cause`. */
export interface ForeignResponse {
  readonly status: number
  readonly statusText: string
  /** The body as text; `undefined` where reading it failed. */
  readonly body: string | undefined
}

/**
 * For fetch clients: `ok(response)` on a 2xx (the body left unread); otherwise the decoded
 * error body, or, where the body is not of this model (a proxy's HTML page, truncated JSON),
 * the kind `kindForStatus` gives with `{ status, statusText, body }` as `cause`. Never rejects.
 *
 * @example
 * const result = await fromResponse(await fetch(url))
 * if (result.isErr() && result.error.kind === 'AUTH_EXPIRED') await refresh()
 */
export const fromResponse = (response: Response): ResultAsync<Response, OzError> =>
  ResultAsync.fromSafePromise(settle(response)).andThen((result) => result)

const settle = async (response: Response): Promise<Result<Response, OzError>> => {
  try {
    if (response.ok) return ok(response)
    const body = await readText(response)
    const decoded = body === undefined ? undefined : fromWire(parseJson(body))
    if (decoded?.isOk()) return err(decoded.value)
    const cause: ForeignResponse = { status: response.status, statusText: response.statusText, body }
    return err(ozError(kindForStatus(response.status), { cause }))
  } catch (thrown) {
    return err(ozError('UNKNOWN', { cause: thrown }))
  }
}

const readText = async (response: Response): Promise<string | undefined> => {
  try {
    return await response.text()
  } catch {
    return undefined
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
