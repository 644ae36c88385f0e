import type { GraphQLError } from 'graphql'
import { authChallenge, type ChallengeOptions } from '../../core/index.js'
import { extensionsOf, httpOf, isBuilt } from './internal/build-graphql-error.js'
import { classify } from './internal/classify.js'
import { isGraphQLError, markLent } from './internal/decode-graphql-error.js'
import { isFieldError } from './internal/status-rule.js'

/**
 * The part of Apollo Server's request context `ozApolloPlugin` reads (typed structurally, so
 * `oz-errors/graphql` needs no `@apollo/server` at run time or in its types).
 *
 * @example
 * const listener = await ozApolloPlugin().requestDidStart()
 */
export interface OzApolloResponseContext {
  readonly response: {
    readonly http: { status?: number | undefined }
    readonly body?:
      | { readonly kind: 'single'; readonly singleResult: { readonly data?: unknown } }
      | { readonly kind: 'incremental'; readonly initialResult: { readonly data?: unknown } }
      | undefined
  }
}

/**
 * The request hooks of `ozApolloPlugin`: field errors lose `extensions.http` before Apollo
 * reads it, and a response with `data` leaves with a 2xx status.
 *
 * @example
 * const { didEncounterErrors, willSendResponse } = await ozApolloPlugin().requestDidStart()
 */
export interface OzApolloRequestListener {
  didEncounterErrors(context: { readonly errors: readonly GraphQLError[] }): Promise<void>
  willSendResponse(context: OzApolloResponseContext): Promise<void>
}

/**
 * An Apollo Server plugin (structurally an `ApolloServerPlugin`).
 *
 * @example
 * const plugins = [ozApolloPlugin()]
 */
export interface OzApolloPlugin {
  contextCreationDidFail(context: { readonly error: Error }): Promise<void>
  requestDidStart(): Promise<OzApolloRequestListener>
}

// Apollo reads `extensions.http` of the error the context threw (an Error's own `extensions`
// when it wraps it), right after `contextCreationDidFail`: that is where a status can be given.
const carryHttp = (error: Error, options: ChallengeOptions | undefined): void => {
  const verdict = classify(error)
  if (verdict.kind !== 'ours') return
  // toGraphQLError(e, { http: true, realm }) already says how it fails the request.
  if (isGraphQLError(error) && isBuilt(error) && error.extensions.http !== undefined) return
  const extensions = { ...extensionsOf(verdict.error), http: httpOf(verdict.error, options) }
  Object.defineProperty(error, 'extensions', {
    value: extensions,
    writable: true,
    configurable: true,
    // A GraphQLError serializes its extensions; an OzException must not grow a visible member.
    enumerable: Object.prototype.propertyIsEnumerable.call(error, 'extensions'),
  })
}

// graphql-js shares the thrown error's extensions with the located one: replace, never delete.
// Only where there is an `http` to drop: a copy breaks the identity by which the masks know a
// foreign error's extensions lent to its wrapper, so a copy made of those is marked as lent.
const dropHttp = (error: GraphQLError): void => {
  const extensions: Readonly<Record<string, unknown>> | undefined = error.extensions
  if (!isFieldError(error) || extensions?.http === undefined) return
  const { http: _, ...rest } = extensions
  const original: unknown = error.originalError
  if (
    !isGraphQLError(original) &&
    (original as { extensions?: unknown } | undefined)?.extensions === extensions
  ) {
    markLent(rest)
  }
  ;(error as { extensions: unknown }).extensions = rest
}

/**
 * Makes Apollo Server answer as graphql-yoga with `maskError`: a context function that throws
 * an error of ours (an `OzException`, or `toGraphQLError(e)` with or without `{ http: true }`)
 * fails the whole request with the kind's status and headers (401 + `WWW-Authenticate`, 503 +
 * `Retry-After`, …); an error with a `path` never sets a status or a header, ours or not, and a
 * response whose `data` is not null is 2xx. Errors of Apollo's own pipeline (bad JSON, bad
 * variables, persisted queries, CSRF) keep their status and `code`. Use with `formatError`.
 * `options` shape the challenge (`realm`, `authScheme`).
 *
 * @example
 * new ApolloServer({ schema, formatError, plugins: [ozApolloPlugin({ realm: 'oz' })] })
 */
export const ozApolloPlugin = (options?: ChallengeOptions): OzApolloPlugin => {
  authChallenge(options) // bad challenge options throw here, not on the first refused request
  return {
    contextCreationDidFail: async ({ error }) => {
      try {
        carryHttp(error, options)
      } catch {
        // A hostile error (a getter that throws): Apollo answers 500, formatError masks it.
      }
    },
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors }) => {
        for (const error of errors) dropHttp(error)
      },
      willSendResponse: async ({ response: { body, http } }) => {
        const data = body?.kind === 'single' ? body.singleResult.data : body?.initialResult.data
        const status = http.status ?? 200
        if (data !== undefined && data !== null && Math.trunc(status / 100) !== 2) http.status = 200
      },
    }),
  }
}
