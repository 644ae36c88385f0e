// The public names of `oz-errors/graphql`, one by one; each file is named after what it exports.
export { createFormatError } from './create-format-error.js'
export type { GraphQLObserveOptions } from './create-mask-error.js'
export { createMaskError } from './create-mask-error.js'
export { formatError } from './format-error.js'
export { fromGraphQLError } from './from-graphql-error.js'
export { maskError } from './mask-error.js'
export type {
  OzApolloPlugin,
  OzApolloRequestListener,
  OzApolloResponseContext,
} from './oz-apollo-plugin.js'
export { ozApolloPlugin } from './oz-apollo-plugin.js'
export type { OzYogaPlugin, OzYogaRequestParser } from './oz-yoga-plugin.js'
export { ozYogaPlugin } from './oz-yoga-plugin.js'
export type {
  ChallengeOptions,
  OzGraphQLError,
  OzGraphQLExtensions,
  OzGraphQLFormattedError,
  OzGraphQLHeaders,
  OzGraphQLHttp,
  ToGraphQLErrorOptions,
} from './to-graphql-error.js'
export { toGraphQLError } from './to-graphql-error.js'
export { unwrapOrThrow } from './unwrap-or-throw.js'
export { wholeRequest } from './whole-request.js'
