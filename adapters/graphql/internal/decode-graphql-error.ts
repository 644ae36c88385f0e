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
 * error it did not recognise as its own). Each link is asked `asOzError` first, then decoded
 * from its own `message` and `extensions`.
 */
export const decodeChain = (value: unknown, input: unknown, depth: number): Result<OzError, OzWireError> => {
  if (depth < MAX_CHAIN && typeof value === 'object' && value !== null) {
    const original: unknown = (value as { originalError?: unknown }).originalError
    const ours = asOzError(original)
    if (ours !== undefined) return ok(ours)
    // A link that is not an object (the end of the chain) is refused one level down, and dropped.
    const inner = decodeChain(original, input, depth + 1)
    if (inner.isOk()) return inner
  }
  return decodeOwn(value, input)
}

const refuse = (message: string, path: string, input: unknown): Result<never, OzWireError> =>
  err({ message, path, input })
