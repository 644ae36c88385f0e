import type { GraphQLFormattedError } from 'graphql'
import { OzErr, type OzError } from '../../core/index.js'
import { extensionsOf } from './internal/build-graphql-error.js'
import { classify } from './internal/classify.js'
import { type Notify, quietly } from './internal/notify.js'

/**
 * For Apollo Server's `formatError`. Our errors (what `asOzError` recognises, or a
 * `GraphQLError` whose extensions are ours) go out as `{ message, locations?, path?,
 * extensions: { code, error_code, details } }`, without `stacktrace` or `http`. GraphQL's own
 * errors pass as Apollo formatted them. Anything else, including what Apollo itself labels
 * `INTERNAL_SERVER_ERROR`, becomes `UNKNOWN` with its default message. Never throws.
 *
 * @example
 * new ApolloServer({ schema, formatError })
 */
export const formatError = (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
  formatWith(formattedError, error, undefined)

/** @internal `formatError`, telling `notify` of each Oz error it renders (see `createFormatError`). */
export const formatWith = (
  formattedError: GraphQLFormattedError,
  error: unknown,
  notify: Notify | undefined,
): GraphQLFormattedError => {
  let rendered: OzError = OzErr.unknown()
  let out: GraphQLFormattedError
  try {
    const verdict = classify(error)
    if (verdict.kind === 'graphql' && formattedError.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      return formattedError
    }
    if (verdict.kind === 'ours') rendered = verdict.error
    out = reformat(formattedError, rendered)
  } catch {
    rendered = OzErr.unknown()
    out = { message: rendered.message, extensions: extensionsOf(rendered) }
  }
  if (notify !== undefined) quietly(() => notify(rendered, { thrown: error }))
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
