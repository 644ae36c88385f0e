// The GraphQL adapter with graphql-js alone and with Yoga's fetch handler (a `Request` in, a
// `Response` out, no server): field errors, whole-request failures and masking.
import { buildSchema, GraphQLError, graphql } from 'graphql'
import { createSchema, createYoga } from 'graphql-yoga'
import { err, ok } from 'neverthrow'
import { OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, maskError, toGraphQLError, unwrapOrThrow, wholeRequest } from 'oz-errors/graphql'
import { assert, type Check, equal } from './harness.js'

const SECRET = 'password=hunter2'
const TYPE_DEFS = 'type Folder { id: ID!, name: String! } type Query { folder(id: ID!): Folder, bug: String }'
const notExist = (id: string) => OzErr.notExist({ details: { resource: 'folder', id } })
const folder = (id: string) => unwrapOrThrow(id === '1' ? ok({ id, name: 'Inbox' }) : err(notExist(id)))

const yoga = createYoga({
  schema: createSchema({
    typeDefs: TYPE_DEFS,
    resolvers: {
      Query: {
        folder: (_: unknown, { id }: { id: string }) => folder(id),
        bug: () => {
          throw new Error(SECRET)
        },
      },
    },
  }),
  context: wholeRequest(({ request }: { request: Request }) => {
    const token = request.headers.get('authorization')
    if (token === null) throw new OzException(OzErr.authNotProvided())
    if (token === 'Bearer db') throw new OzException(OzErr.database({ details: { retry_after: 1.5 } }))
    return { token }
  }),
  maskedErrors: { maskError },
  logging: false,
})

const ask = async (query: string, token: string | null) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (token !== null) headers.authorization = token
  const response = await yoga.fetch(
    new Request('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) }
}

export const graphqlChecks: readonly Check[] = [
  [
    'graphql: graphql-js reports an err() as a field error that decodes back',
    async () => {
      const schema = buildSchema(TYPE_DEFS)
      const rootValue = { folder: ({ id }: { id: string }) => folder(id) }
      const result = await graphql({
        schema,
        source: '{ a: folder(id: "1") { name } b: folder(id: "2") { id } }',
        rootValue,
      })
      equal(result.data, { a: { name: 'Inbox' }, b: null }, 'data')
      const [error] = result.errors ?? []
      assert(error instanceof GraphQLError, 'the field error is not a GraphQLError of this graphql')
      const details = { resource: 'folder', id: '2' }
      equal(error?.extensions, { code: 'NOT_EXIST', error_code: 10, details }, 'extensions')
      const back = fromGraphQLError(JSON.parse(JSON.stringify(error)))
      equal(back.isOk() && back.value, notExist('2'), 'fromGraphQLError of the JSON')
    },
  ],
  [
    'graphql: toGraphQLError with http carries the status and headers',
    () => {
      const error = toGraphQLError(OzErr.database({ details: { retry_after: 1.5 } }), { http: true })
      equal(error.extensions.http, { status: 503, headers: { 'Retry-After': '2' } }, 'extensions.http')
    },
  ],
  [
    'graphql: Yoga answers a field error with 200 and partial data',
    async () => {
      const answer = await ask('{ folder(id: "2") { id } }', 'Bearer alice')
      equal(answer.status, 200, 'status')
      equal(answer.body.data, { folder: null }, 'data')
      equal(
        answer.body.errors[0].extensions,
        { code: 'NOT_EXIST', error_code: 10, details: { resource: 'folder', id: '2' } },
        'extensions',
      )
    },
  ],
  [
    'graphql: Yoga fails the whole request with the kind status and headers',
    async () => {
      const anonymous = await ask('{ folder(id: "1") { id } }', null)
      equal(anonymous.status, 401, 'no token: status')
      equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="api"', 'no token: challenge')
      equal(anonymous.body.errors[0].extensions.code, 'AUTH_NOT_PROVIDED', 'no token: code')
      const db = await ask('{ folder(id: "1") { id } }', 'Bearer db')
      equal([db.status, db.headers.get('retry-after')], [503, '2'], 'database down')
    },
  ],
  [
    'graphql: Yoga masks a bug as UNKNOWN and passes validation errors',
    async () => {
      const bug = await ask('{ bug }', 'Bearer alice')
      equal(bug.status, 200, 'bug: status')
      const [error] = bug.body.errors
      equal([error.message, error.extensions.code], ['Unknown server side error occurred', 'UNKNOWN'], 'bug')
      assert(!bug.text.includes(SECRET), 'a bug leaked to the client')
      // As the server reports it: 200 under `Accept: application/json` (GraphQL over HTTP).
      const invalid = await ask('{ nope }', 'Bearer alice')
      const [reported] = invalid.body.errors
      equal(invalid.status, 200, 'validation error: status')
      equal(
        [reported.message, reported.extensions.code],
        ['Cannot query field "nope" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'],
        'validation error',
      )
    },
  ],
]
