import type { GraphQLError } from 'graphql'

/**
 * @internal
 * Extension members no response may carry: `http` is read by the server and must not travel
 * on a field error, `stacktrace` (Apollo in development) and `originalError` (Yoga's malformed
 * JSON body, Yoga's default mask in development) can hold server internals or the request body.
 */
export const withoutInternals = (
  extensions: Readonly<Record<string, unknown>>,
  keepHttp: boolean,
): Record<string, unknown> | undefined => {
  const { http, stacktrace, originalError, ...rest } = extensions
  if (stacktrace === undefined && originalError === undefined && (keepHttp || http === undefined)) {
    return undefined
  }
  if (!keepHttp || http === undefined) return rest
  return { ...rest, http: originalError === undefined ? http : withoutSpec(http) }
}

// Yoga answers an `http.spec` error with 200 under `application/json` unless the error carries
// a non-GraphQL `originalError` extension (its malformed-JSON error does): without that
// extension, the error must lose `spec` to keep the 400 Yoga gives it (GraphQL-over-HTTP audit
// BCF8, "SHOULD use 400 status code on JSON parsing failure").
const withoutSpec = (http: unknown): unknown => {
  if (typeof http !== 'object' || http === null) return http
  const { spec: _, ...rest } = http as Record<string, unknown>
  return rest
}

/**
 * @internal
 * The status rule (GraphQL-over-HTTP: a response with `data` is 2xx): an error with a `path`
 * is a field error and never sets the status or headers, whoever made it. True when `error`
 * sits at a field.
 */
export const isFieldError = (error: Pick<GraphQLError, 'path'>): boolean => error.path != null
