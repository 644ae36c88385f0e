/** @internal A hook that does nothing: the default of an optional one, so it is called always. */
export const ignore = (): void => {}

/**
 * @internal
 * Calls a user's hook (a logger, `onError`) so that its failure cannot change the answer: what
 * it throws is caught, and a promise it returns has its rejection handled. The adapters' one
 * rule for every hook they call.
 */
export const quietly = (call: () => unknown): void => {
  try {
    // Any value: a promise (or thenable) is followed and its rejection handled, another is
    // simply resolved.
    Promise.resolve(call()).catch(ignore)
  } catch {
    // ignored on purpose
  }
}
