import { asOzError, type ChallengeOptions } from '../../core/index.js'
import { toGraphQLError } from './to-graphql-error.js'

/**
 * Wraps a context function (Yoga's `context`, Apollo's `context` of `startStandaloneServer` or
 * of an integration) so that what it throws fails the whole request with the kind's status and
 * headers: an error of ours (`asOzError`: an `OzException`, a thrown `OzError`) becomes
 * `toGraphQLError(error, { http: true, ...options })`. Anything else is thrown on as it was,
 * for the server and `maskError`/`formatError` to mask.
 *
 * Yoga with `maskError` and Apollo with `ozApolloPlugin()` need it only in two cases: a context
 * that throws a plain `OzError` object (not an `Error`) under Apollo, which Apollo replaces by
 * "Unexpected error value" before any plugin sees it; and a realm or scheme for one context
 * other than the server's (under Yoga, `maskError` always uses the default challenge).
 *
 * @example
 * context: wholeRequest(async ({ req }) => ({ user: await authenticate(req) }), { realm: 'oz' })
 */
export const wholeRequest =
  <A extends unknown[], R>(
    context: (...args: A) => R | Promise<R>,
    options?: ChallengeOptions,
  ): ((...args: A) => Promise<R>) =>
  async (...args) => {
    try {
      return await context(...args)
    } catch (thrown) {
      const error = asOzError(thrown)
      if (error === undefined) throw thrown
      throw toGraphQLError(error, { ...options, http: true })
    }
  }
