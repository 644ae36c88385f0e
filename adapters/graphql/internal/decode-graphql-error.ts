import { GraphQLError } from 'graphql'
import { err, ok, type Result } from 'neverthrow'
import { asOzError, fromWire, type OzError, type OzWireError } from '../../../core/index.js'
import { describe } from '../../../core/internal/describe.js'

/**
 * @internal
 * How deep `originalError` chains are followed: far more than any server nests (graphql-js
 * wraps once, Apollo once more); it bounds hostile chains.
 */
export const MAX_CHAIN = 8

/**
 * @internal
 * `instanceof` fails across two copies of graphql, and Apollo's subclasses rename themselves;
 * every GraphQLError, of any copy or subclass, has this tag.
 */
export const isGraphQLError = (value: unknown): value is GraphQLError =>
  value instanceof GraphQLError || Object.prototype.toString.call(value) === '[object GraphQLError]'

/**
 * @internal
 * Decodes `message` and `extensions` of the error itself, without following `originalError`.
 * The result is a fresh copy (`fromWire` copies); each member is read once.
 */
export const decodeOwn = (value: unknown, input: unknown): Result<OzError, OzWireError> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`expected a GraphQL error (an object), got ${describe(value)}`, '', input)
  }
  // A live error must be a GraphQLError; any other Error (a driver's, say) may carry anything in
  // an `extensions` member, and its message is not written for clients.
  if (value instanceof Error && !isGraphQLError(value)) {
    return refuse('not an error of this model: an Error that is not a GraphQLError', '', input)
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
    // Stryker disable next-line ConditionalExpression,StringLiteral: fromWire refuses error_message only when it is not a string, refused above; kept should fromWire refuse more
    return refuse(why, path === 'error_message' ? 'message' : `extensions.${path}`, input)
  }
  if (code !== decoded.value.kind) {
    const got = typeof code === 'string' ? JSON.stringify(code) : describe(code)
    const want = `"${decoded.value.kind}" for error_code ${decoded.value.code}`
    return refuse(`expected extensions.code to be ${want}, got ${got}`, 'extensions.code', input)
  }
  return decoded
}

/**
 * @internal
 * The error of ours in a chain of `originalError`s: the innermost wins, since it is the one as
 * it was made, before a server wrapped it (Apollo prefixes "Context creation failed: " to an
 * error it did not recognise as its own). Each link is asked `asOzError` first, then, if it is
 * a `GraphQLError` (or the JSON of one), decoded from its own `message` and `extensions`; a
 * link that is any other error ends the chain, refused.
 */
// Copies of lent extensions (the Apollo plugin's, without `http`): as little ours as the original.
const LENT = new WeakSet<object>()

/** @internal Marks a copy of the extensions a foreign error lent to its wrapper: still not ours. */
export const markLent = (copy: object): void => {
  LENT.add(copy)
}

export const decodeChain = (value: unknown, input: unknown, depth: number): Result<OzError, OzWireError> => {
  if (depth < MAX_CHAIN && typeof value === 'object' && value !== null) {
    const original: unknown = (value as { originalError?: unknown }).originalError
    const ours = asOzError(original)
    if (ours !== undefined) return ok(ours)
    if (isGraphQLError(original)) {
      const inner = decodeChain(original, input, depth + 1)
      if (inner.isOk()) return inner
    } else {
      // graphql-js wraps a foreign error in a GraphQLError that takes its message and the very
      // same extensions object: neither is ours to believe (asOzError said no to it). A
      // wrapper with extensions of its own was made on purpose, and is decoded below.
      const lent = (original as { readonly extensions?: unknown } | null | undefined)?.extensions
      const { extensions } = value as { readonly extensions?: unknown }
      if (
        LENT.has(extensions as object) ||
        (typeof lent === 'object' && lent !== null && extensions === lent)
      ) {
        return refuse(
          'not an error of this model: it wraps an error that is not ours',
          'originalError',
          input,
        )
      }
    }
  }
  return decodeOwn(value, input)
}

const refuse = (message: string, path: string, input: unknown): Result<never, OzWireError> =>
  err({ message, path, input })
