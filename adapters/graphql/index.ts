export { wholeRequest } from './context.js'
export { fromGraphQLError } from './decode.js'
export type {
  OzGraphQLError,
  OzGraphQLExtensions,
  OzGraphQLFormattedError,
  ToGraphQLErrorOptions,
} from './extensions.js'
export { toGraphQLError } from './extensions.js'
export type { ChallengeOptions, OzGraphQLHeaders, OzGraphQLHttp } from './http.js'
export { formatError, maskError } from './mask.js'
export { unwrapOrThrow } from './unwrap.js'
