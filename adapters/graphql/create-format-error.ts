import type { GraphQLFormattedError } from 'graphql'
import { ignore } from '../../core/internal/quietly.js'
import type { GraphQLObserveOptions } from './create-mask-error.js'
import { formatWith } from './format-error.js'

/**
 * `formatError` (Apollo Server) with an `onError` hook, for tracing and metrics.
 *
 * @example
 * new ApolloServer({ schema, formatError: createFormatError({ onError: (e) => count(e.kind) }) })
 */
export const createFormatError =
  (
    options?: GraphQLObserveOptions,
  ): ((formattedError: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) =>
  (formattedError, error) =>
    formatWith(formattedError, error, options?.onError ?? ignore)
