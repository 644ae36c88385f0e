import type { GraphQLError, GraphQLFormattedError } from 'graphql'
import { OzErr, type OzError } from '../../core/index.js'
import { ignore, quietly } from '../../core/internal/quietly.js'
import { extensionsOf } from './internal/build-graphql-error.js'
import { classify } from './internal/classify.js'
import type { Notify } from './internal/notify.js'
import { withoutInternals } from './internal/status-rule.js'

// Apollo labels an error without a `code` INTERNAL_SERVER_ERROR, its own pipeline errors too
// ("provided sha does not match query" has none). One that sets a 4xx status is a client
// mistake, not a bug; anything else so labelled may be a thrown string wrapped by Apollo.
const isClientMistake = (error: GraphQLError): boolean => {
  const status: unknown = (error.extensions.http as { status?: unknown } | null | undefined)?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/**
 * For Apollo Server's `formatError`. Our errors (what `asOzError` recognises, or a
 * `GraphQLError` whose extensions are ours) go out as `{ message, locations?, path?,
 * extensions: { code, error_code, details } }`, without `stacktrace` or `http`. GraphQL's own
 * errors and Apollo's request errors pass as Apollo formatted them, without `stacktrace`.
 * Anything else, including what Apollo itself labels `INTERNAL_SERVER_ERROR`, becomes `UNKNOWN`
 * with its default message. Never throws. Add `ozApolloPlugin()` for statuses as Yoga's.
 *
 * @example
 * new ApolloServer({ schema, formatError, plugins: [ozApolloPlugin()] })
 */
export const formatError = (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
  formatWith(formattedError, error, ignore)

/** @internal `formatError`, telling `notify` of each Oz error it renders (see `createFormatError`). */
export const formatWith = (
  formattedError: GraphQLFormattedError,
  error: unknown,
  notify: Notify,
): GraphQLFormattedError => {
  let rendered: OzError = OzErr.unknown()
  let out: GraphQLFormattedError
  try {
    const verdict = classify(error)
    if (
      verdict.kind === 'graphql' &&
      (formattedError.extensions?.code !== 'INTERNAL_SERVER_ERROR' || isClientMistake(verdict.error))
    ) {
      const extensions = withoutInternals(formattedError.extensions ?? {}, false)
      return extensions === undefined ? formattedError : { ...formattedError, extensions }
    }
    if (verdict.kind === 'ours') rendered = verdict.error
    out = reformat(formattedError, rendered)
  } catch {
    rendered = OzErr.unknown()
    out = { message: rendered.message, extensions: extensionsOf(rendered) }
  }
  quietly(() => notify(rendered, { thrown: error }))
  return out
}

const reformat = (formatted: GraphQLFormattedError, error: OzError): GraphQLFormattedError => {
  const { locations, path } = formatted
  return {
    message: error.message,
    ...(locations === undefined ? {} : { locations }),
    ...(path === undefined ? {} : { path }),
    extensions: extensionsOf(error),
  }
}
