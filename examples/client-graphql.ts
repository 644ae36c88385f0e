import { err, ok, type Result } from 'neverthrow'
import { kindForStatus, OzErr, type OzError, ozError } from 'oz-errors'
import { fromGraphQLError } from 'oz-errors/graphql'
import type { ApiClient, Failure } from './client-api.js'
import { decide } from './client-decide.js'

interface GraphQLBody {
  readonly data?: unknown
  readonly errors?: readonly unknown[]
}

/**
 * One GraphQL request with the client's token. The first error in `errors` decides: ours are
 * decoded with `fromGraphQLError`; GraphQL's own (a query that does not validate) count as
 * INVALID_STRUCTURE. A body that is not GraphQL at all (a proxy's page) goes by its status.
 */
export const graphqlOnce = async <T>(
  client: ApiClient,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Result<T, Failure>> => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  }
  if (client.tokens !== undefined) headers['x-forensic-access-token'] = client.tokens.access_token
  let response: Response
  let text: string
  try {
    response = await fetch(new URL('/graphql', client.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    })
    text = await response.text()
  } catch (cause) {
    const error = OzErr.externalService({
      message: 'The API cannot be reached',
      details: { service: 'oz-api' },
      cause,
    })
    return err({ error, decision: decide(error) })
  }
  const body = parseBody(text)
  const first: unknown = Array.isArray(body?.errors) ? body.errors[0] : undefined
  if (body !== undefined && first === undefined && response.ok) {
    // The example trusts the shape of its own server's data.
    return ok(body.data as T)
  }
  const error = first === undefined ? foreign(response, text) : decodeError(first)
  return err({ error, decision: decide(error, response.headers.get('retry-after')) })
}

const decodeError = (raw: unknown): OzError =>
  fromGraphQLError(raw).match(
    (error) => error,
    () => {
      const message =
        typeof raw === 'object' && raw !== null && 'message' in raw ? String(raw.message) : undefined
      return OzErr.invalidStructure(message === undefined ? { cause: raw } : { message, cause: raw })
    },
  )

const foreign = (response: Response, text: string): OzError =>
  ozError(kindForStatus(response.status), { cause: { status: response.status, body: text } })

const parseBody = (text: string): GraphQLBody | undefined => {
  try {
    const parsed: unknown = JSON.parse(text)
    // Only an object's `data` and `errors` are read, and `errors` is checked to be an array.
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLBody) : undefined
  } catch {
    return undefined
  }
}
