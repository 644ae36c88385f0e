import { checkedCopy } from './is-oz-error.js'
import { type OzError, ozError } from './oz-error.js'
import { exceptionError } from './oz-exception.js'

/**
 * The one answer to "is this thrown value one of ours?", which every adapter asks: the error
 * of an `OzException` (of any copy of this package), or a thrown plain `OzError` that passes
 * `isOzError`; `undefined` for anything else (a foreign error, a non-error, an object that
 * looks like ours but fails the check). What it returns is a fresh, checked copy: each
 * property of `thrown` is read once, and adapters render the copy, never `thrown` again.
 * Never throws.
 *
 * @example
 * const ours = asOzError(caught)
 * return ours === undefined ? errorResponse(OzErr.unknown()) : errorResponse(ours)
 */
export const asOzError = (thrown: unknown): OzError | undefined =>
  exceptionError(thrown) ?? checkedCopy(thrown)

/**
 * Turns anything caught into an `OzError`: `asOzError`'s answer, else `UNKNOWN` with the
 * default message and the thrown value kept as `cause` (for logs only).
 *
 * @example
 * try { await work() } catch (e) { return err(toOzError(e)) }
 */
export const toOzError = (thrown: unknown): OzError =>
  asOzError(thrown) ?? ozError('UNKNOWN', { cause: thrown })
