// The schema, context and HTTP helpers the GraphQL tests share. The schema is SDL so that each
// server builds it with its own copy of graphql (under vitest, sources and node_modules can load
// two copies: index.mjs and index.js).
import { GraphQLError } from 'graphql'
import { err, errAsync, ok, okAsync, type Result } from 'neverthrow'
import { fromWire, OZ_ERROR_KINDS, OzErr, type OzError, type OzErrorKind, OzException } from 'oz-errors'
import { toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'

/** What a bug or a driver error carries and no client may ever see. */
export const SECRET = 'pg://admin:hunter2@db.internal/prod'

interface Folder {
  readonly id: string
  readonly name: string
}

const findFolder = (id: string): Result<Folder, OzError> =>
  id === '1' ? ok({ id, name: 'Inbox' }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

export const typeDefs = /* GraphQL */ `
  type Folder {
    id: ID!
    name: String!
  }
  type Query {
    hello: String
    folder(id: ID!): Folder
    folderLater(id: ID!): Folder
    forbidden: String
    bug: String
    thrownString: String
    deliberate: String
    "A whole-request error thrown where it does not belong: it must not set the status."
    misplaced: String
    count(limit: Int!): Int
    "Fails with the error whose wire body it is given: the round trip through a server."
    fail(wire: String!, form: String): String
    "The same on a non-null field: the error nulls the whole data."
    failNonNull(wire: String!, form: String): String!
    "A library's GraphQLError that asks for a 403: a field error must not set the status."
    foreign403: String
  }
`

type Args = Record<string, unknown>

/** The resolvers of Query, in graphql-js root-value style (`rootValue` of `execute`). */
export const rootFields: Record<string, (args: Args) => unknown> = {
  hello: () => 'world',
  folder: (args) => unwrapOrThrow(findFolder(String(args.id))),
  folderLater: (args) =>
    unwrapOrThrow(args.id === '1' ? okAsync({ id: '1', name: 'Inbox' }) : errAsync(OzErr.notExist())),
  forbidden: () => {
    throw new OzException(OzErr.authForbidden({ details: { required: ['admin'] } }))
  },
  bug: () => {
    throw new Error(`SELECT * FROM users -- ${SECRET}`)
  },
  thrownString: () => {
    throw SECRET
  },
  deliberate: () => {
    throw new GraphQLError('Deliberate', { extensions: { code: 'BAD_USER_INPUT' } })
  },
  misplaced: () => {
    throw toGraphQLError(OzErr.authInvalid(), { http: true })
  },
  count: (args) => args.limit,
  fail: (args) =>
    throwIn(String(args.form ?? 'result'), fromWire(JSON.parse(String(args.wire)))._unsafeUnwrap()),
  failNonNull: (args) =>
    throwIn(String(args.form ?? 'result'), fromWire(JSON.parse(String(args.wire)))._unsafeUnwrap()),
  foreign403: () => {
    throw new GraphQLError('Forbidden by a library', {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    })
  },
}

/**
 * The ways code throws an error of ours: `result` (unwrapOrThrow of an err), `exception`
 * (an OzException), `graphql` (toGraphQLError), `http` (toGraphQLError with `{ http: true }`).
 */
export const FORMS = ['result', 'exception', 'graphql', 'http'] as const
export type Form = (typeof FORMS)[number]

const throwIn = (form: string, error: OzError): never => {
  if (form === 'exception') throw new OzException(error)
  if (form === 'graphql') throw toGraphQLError(error)
  if (form === 'http') throw toGraphQLError(error, { http: true })
  return unwrapOrThrow(err(error))
}

/** One error of each kind, with the details that give it headers (Allow, challenge, Retry-After). */
export const SAMPLES: Readonly<Record<OzErrorKind, OzError>> = {
  UNKNOWN: OzErr.unknown({ message: 'Something failed on our side' }),
  NOT_ALLOWED: OzErr.notAllowed({ details: { method: 'DELETE', allowed: ['GET', 'POST'] } }),
  NOT_REALIZED: OzErr.notRealized(),
  INVALID_STRUCTURE: OzErr.invalidStructure({ details: { key_path: 'input.items' } }),
  INVALID_VALUE: OzErr.invalidValue({ details: { key_path: 'limit', reason: 'must be from 1 to 100' } }),
  INVALID_TYPE: OzErr.invalidType({ details: { key_path: 'offset', expected: 'integer' } }),
  AUTH_NOT_PROVIDED: OzErr.authNotProvided(),
  AUTH_INVALID: OzErr.authInvalid(),
  AUTH_EXPIRED: OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
  AUTH_FORBIDDEN: OzErr.authForbidden({ details: { required: ['admin'] } }),
  NOT_EXIST: OzErr.notExist({ details: { resource: 'folder', id: '42' } }),
  EXTERNAL_SERVICE: OzErr.externalService({ details: { service: 'engine', retry_after: 30 } }),
  DATABASE: OzErr.database({ details: { retry_after: 5 } }),
}

/** The token that makes the context throw `SAMPLES[kind]` in `form`. */
export const refusalToken = (kind: OzErrorKind, form: Form): string => `refuse:${kind}:${form}`

const refusal = (token: string): void => {
  const [tag, kind, form] = token.split(':')
  if (tag !== 'refuse' || !OZ_ERROR_KINDS.includes(kind as OzErrorKind)) return
  throwIn(String(form), SAMPLES[kind as OzErrorKind])
}

/** The same resolvers in the `{ Query: { field: (parent, args) => … } }` shape of Yoga and Apollo. */
export const resolvers = {
  Query: Object.fromEntries(
    Object.entries(rootFields).map(([name, field]) => [name, (_: unknown, args: Args) => field(args)]),
  ),
}

/** The context both servers build: a token is required. */
export interface Context {
  readonly user: string
}

/**
 * Authenticates from the `Authorization` header: none → AUTH_NOT_PROVIDED, `expired` →
 * AUTH_EXPIRED (both failing the whole request), `boom` → a bug carrying the secret.
 */
export const contextFor = (authorization: string | null | undefined): Context => {
  const token = authorization?.replace(/^Bearer /, '')
  if (!token) throw toGraphQLError(OzErr.authNotProvided(), { http: true })
  if (token === 'expired') {
    throw toGraphQLError(OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }), {
      http: true,
    })
  }
  if (token === 'boom') throw new Error(`connect failed: ${SECRET}`)
  if (token === 'string') throw SECRET
  refusal(token)
  return { user: token }
}

export const GRAPHQL_RESPONSE = 'application/graphql-response+json'
export const LEGACY_JSON = 'application/json'
export const ACCEPTS = [GRAPHQL_RESPONSE, LEGACY_JSON] as const

/** What a test reads back from a GraphQL response. */
export interface Reply {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly body: {
    readonly data?: Record<string, unknown> | null
    readonly errors?: readonly Record<string, unknown>[]
  }
}

/** POSTs a GraphQL request with real `fetch`; `token: null` sends no `Authorization`. */
export const post = async (
  url: string,
  request: { readonly query: string; readonly variables?: Record<string, unknown> },
  options: { readonly accept: string; readonly token?: string | null },
): Promise<Reply> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: options.accept }
  const token = options.token === undefined ? 'alice' : options.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(request) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Reply['body'] }
}

/** The first error of a reply (a test that expects one fails clearly when there is none). */
export const firstError = (reply: Reply): Record<string, unknown> => {
  const first = reply.body.errors?.[0]
  if (first === undefined) throw new Error(`expected an error in ${reply.text}`)
  return first
}
