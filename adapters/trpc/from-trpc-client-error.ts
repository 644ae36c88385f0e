import { err, type Result } from 'neverthrow'
import { fromWire, type OzError, type OzWireError } from '../../core/index.js'

const refuse = (message: string, path: string, input: unknown): Result<never, OzWireError> =>
  err({ message, path, input })

/**
 * Decodes the error of ours a tRPC client received: from a `TRPCClientError` (its `data`), or
 * from a plain object of its shape, as it arrives in a log or a React Query `error` (`data`,
 * or `shape.data`). `data.oz` is checked by `fromWire`; an error without it (a network failure,
 * a server without `ozErrorFormatter`) is refused with a reason and where. Never throws.
 *
 * @example
 * try { await client.folder.query('42') } catch (e) {
 *   fromTRPCClientError(e).match((oz) => oz.kind, (bad) => bad.message)
 * }
 */
export const fromTRPCClientError = (input: unknown): Result<OzError, OzWireError> => {
  try {
    if (typeof input !== 'object' || input === null) {
      return refuse('expected a tRPC client error (an object)', '', input)
    }
    const { data: own, shape } = input as {
      readonly data?: unknown
      readonly shape?: { readonly data?: unknown }
    }
    const data = own ?? shape?.data
    if (typeof data !== 'object' || data === null) {
      return refuse('not an error of this model: it has no data object', 'data', input)
    }
    const oz = (data as { readonly oz?: unknown }).oz
    if (oz === undefined) return refuse('not an error of this model: data.oz is missing', 'data.oz', input)
    return fromWire(oz).mapErr(({ message, path }) => ({
      message,
      path: path === '' ? 'data.oz' : `data.oz.${path}`,
      input,
    }))
  } catch {
    // Thrown by the input itself (a getter, a proxy trap); its text is not ours to repeat.
    return refuse('reading the input threw', '', input)
  }
}
