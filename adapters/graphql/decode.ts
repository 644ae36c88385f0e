import { err, ok, type Result } from 'neverthrow'
import { fromWire, type OzError, OzException, type OzWireError } from '../../core/index.js'

/** How deep `originalError` chains are followed: far more than any server nests (graphql-js wraps once, Apollo once more); it bounds hostile chains. */
export const MAX_CHAIN = 8

/**
 * Decodes an error of ours from a live `GraphQLError` or from its JSON as a client receives
 * it (`{ message, locations?, path?, extensions }`). A live error that graphql-js or the server
 * wrapped around an `OzException` decodes to that exception's error. `cause` never comes back.
 * Anything else is refused with a reason and where; never throws.
 *
 * @example
 * const body = await response.json()
 * for (const e of body.errors ?? []) fromGraphQLError(e).map((oz) => oz.kind)
 */
export const fromGraphQLError = (input: unknown): Result<OzError, OzWireError> => {
  try {
    return decodeChain(input, input, 0)
  } catch {
    // Thrown by the input itself (a getter, a proxy trap); its text is not ours to repeat.
    return err({ message: 'reading the input threw', path: '', input })
  }
}

/** Decodes `message` and `extensions` of the error itself, without following `originalError`. */
export const decodeOwn = (value: unknown, input: unknown): Result<OzError, OzWireError> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`expected a GraphQL error (an object), got ${describe(value)}`, '', input)
  }
  const { message, extensions } = value as { message?: unknown; extensions?: unknown }
  if (typeof message !== 'string') {
    return refuse(`expected message to be a string, got ${describe(message)}`, 'message', input)
  }
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) {
    return refuse(`not an error of this model: extensions is ${describe(extensions)}`, 'extensions', input)
  }
  const { code, error_code, details } = extensions as Record<string, unknown>
  const decoded = fromWire({ error_code, error_message: message, details })
  if (decoded.isErr()) {
    const { message: why, path } = decoded.error
    return refuse(why, path === 'error_message' ? 'message' : `extensions.${path}`, input)
  }
  if (code !== decoded.value.kind) {
    const got = typeof code === 'string' ? JSON.stringify(code) : describe(code)
    const want = `"${decoded.value.kind}" for error_code ${decoded.value.code}`
    return refuse(`expected extensions.code to be ${want}, got ${got}`, 'extensions.code', input)
  }
  return decoded
}

// The innermost error of ours wins: it is the one as it was made, before a server wrapped it
// (Apollo prefixes "Context creation failed: " to an error it did not recognise as its own).
const decodeChain = (value: unknown, input: unknown, depth: number): Result<OzError, OzWireError> => {
  if (depth < MAX_CHAIN && typeof value === 'object' && value !== null) {
    const original: unknown = (value as { originalError?: unknown }).originalError
    if (OzException.is(original)) return ok(withoutCause(original.error))
    if (typeof original === 'object' && original !== null) {
      const inner = decodeChain(original, input, depth + 1)
      if (inner.isOk()) return inner
    }
  }
  return decodeOwn(value, input)
}

const withoutCause = (error: OzError): OzError => {
  if (error.cause === undefined) return error
  const { cause: _, ...rest } = error
  return rest
}

const refuse = (message: string, path: string, input: unknown): Result<never, OzWireError> =>
  err({ message, path, input })

// Names the type only: a foreign error's values may be secrets.
const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (value === undefined) return 'absent'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
