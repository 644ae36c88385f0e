/**
 * @internal
 * Calls a user's hook (a logger, `onError`) so that its failure cannot change the answer: what
 * it throws is caught, and a promise it returns has its rejection handled. The adapters' one
 * rule for every hook they call.
 */
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
