import { err, type Result } from 'neverthrow'
import type { OzError, OzWireError } from '../../core/index.js'
import { decodeChain } from './internal/decode-graphql-error.js'

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
    return decodeChain(input, input, 0).map(withoutCause)
  } catch {
    // Thrown by the input itself (a getter, a proxy trap); its text is not ours to repeat.
    return err({ message: 'reading the input threw', path: '', input })
  }
}

const withoutCause = (error: OzError): OzError => {
  const { cause: _, ...rest } = error
  return rest
}
