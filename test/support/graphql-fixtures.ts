// The schema, context and HTTP helpers the GraphQL tests share. The schema is SDL so that each
// server builds it with its own copy of graphql (under vitest, sources and node_modules can load
// two copies: index.mjs and index.js).
import { GraphQLError } from 'graphql'
import { err, errAsync, ok, okAsync, type Result } from 'neverthrow'
import { fromWire, OzErr, type OzError, OzException } from 'oz-errors'
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
    fail(wire: String!): String
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
  fail: (args) => unwrapOrThrow(err(fromWire(JSON.parse(String(args.wire)))._unsafeUnwrap())),
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
