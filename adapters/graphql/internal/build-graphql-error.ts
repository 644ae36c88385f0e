import { GraphQLError } from 'graphql'
import { type ChallengeOptions, httpHeaders, httpStatus, type OzError } from '../../../core/index.js'
import type {
  OzGraphQLError,
  OzGraphQLExtensions,
  OzGraphQLHeaders,
  OzGraphQLHttp,
} from '../to-graphql-error.js'

/** @internal Where a rebuilt error sits in the document and the response (copied from the error it replaces). */
export interface Place {
  readonly nodes?: GraphQLError['nodes']
  readonly source?: GraphQLError['source']
  readonly positions?: GraphQLError['positions']
  readonly path?: GraphQLError['path']
}

// The extensions of every GraphQLError this package built, made from a checked error. graphql-js
// shares that object with the error it wraps ours in (`locatedError`), so the masks can pass
// either on as it is instead of building it again.
const BUILT = new WeakSet<object>()

/** @internal Whether `error`'s extensions are ones this package built, as built. */
export const isBuilt = (error: GraphQLError): boolean => BUILT.has(error.extensions)

/** @internal The status and headers a whole-request error owes. Throws `TypeError` on bad challenge options. */
export const httpOf = (error: OzError, options: ChallengeOptions | undefined): OzGraphQLHttp => {
  const map = new Map<string, string>(Object.entries(httpHeaders(error, options)))
  for (const [name, value] of map) Object.defineProperty(map, name, { value, enumerable: true })
  // A Map that also carries its entries as own properties is the one value Apollo's
  // `instanceof Map` check and Yoga's `Object.assign` both read; TypeScript cannot express it.
  return { status: httpStatus(error), headers: map as unknown as OzGraphQLHeaders }
}

/** @internal `{ code, error_code, details }` of an error, in that order. */
export const extensionsOf = <E extends OzError>(error: E): OzGraphQLExtensions<E['kind']> =>
  // TypeScript loses that kind, code and details of one error belong together; they do.
  ({ code: error.kind, error_code: error.code, details: error.details }) as OzGraphQLExtensions<E['kind']>

/** @internal A `GraphQLError` at `place`, with these extensions and, when given, this original error. */
export const placedError = (
  message: string,
  place: Place,
  extensions: Readonly<Record<string, unknown>>,
  originalError?: Error,
): GraphQLError =>
  // Only `nodes` takes no `undefined` (graphql's own option type).
  new GraphQLError(message, { ...place, nodes: place.nodes ?? null, originalError, extensions })

/** @internal The `GraphQLError` of an error, at `place`, with `http` when given. */
export const buildGraphQLError = <E extends OzError>(
  error: E,
  http: OzGraphQLHttp | undefined,
  place: Place,
): OzGraphQLError<E['kind']> => {
  const extensions = http === undefined ? extensionsOf(error) : { ...extensionsOf(error), http }
  const built = placedError(error.message, place, extensions)
  if (error.cause !== undefined) {
    Object.defineProperty(built, 'cause', { value: error.cause, writable: true, configurable: true })
  }
  BUILT.add(built.extensions)
  // The extensions were built from `error` just above, so they are those of its kind.
  return built as OzGraphQLError<E['kind']>
}
