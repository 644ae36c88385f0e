import type { OzError } from '../../../core/index.js'

/** @internal The `onError` hook of `createMaskError` and `createFormatError`. */
export type Notify = (error: OzError, context: { readonly thrown: unknown }) => void

/** @internal Calls a hook; what it throws or rejects with is ignored, so the answer stands. */
export const quietly = (call: () => unknown): void => {
  try {
    const pending = call()
    if (typeof (pending as PromiseLike<unknown> | undefined)?.then === 'function') {
      Promise.resolve(pending).catch(() => {})
    }
  } catch {
    // ignored on purpose
  }
}
