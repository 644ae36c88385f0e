// The GraphQL adapter against graphql 17 and graphql-yoga on Node 24, run by
// `npm run test:graphql17` (scripts/graphql17.sh): the adapter is built from source into
// ./dist with graphql left external, so it and Yoga share this package's one graphql 17.
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { after, before, describe, it } from 'node:test'
import { GraphQLError, version } from 'graphql'
import { createSchema, createYoga } from 'graphql-yoga'
import { err } from 'neverthrow'
import {
  fromGraphQLError,
  maskError,
  ozYogaPlugin,
  toGraphQLError,
  unwrapOrThrow,
} from './dist/adapters/graphql/index.js'
import { httpHeaders, httpStatus, OZ_ERROR_KINDS, OzErr, OzException } from './dist/core/index.js'

const SAMPLES = {
  UNKNOWN: OzErr.unknown(),
  NOT_ALLOWED: OzErr.notAllowed({ details: { method: 'DELETE', allowed: ['GET', 'POST'] } }),
  NOT_REALIZED: OzErr.notRealized(),
  INVALID_STRUCTURE: OzErr.invalidStructure({ details: { key_path: 'input' } }),
  INVALID_VALUE: OzErr.invalidValue({ details: { key_path: 'limit' } }),
  INVALID_TYPE: OzErr.invalidType({ details: { key_path: 'offset', expected: 'integer' } }),
  AUTH_NOT_PROVIDED: OzErr.authNotProvided(),
  AUTH_INVALID: OzErr.authInvalid(),
  AUTH_EXPIRED: OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
  AUTH_FORBIDDEN: OzErr.authForbidden({ details: { required: ['admin'] } }),
  NOT_EXIST: OzErr.notExist({ details: { resource: 'folder', id: '42' } }),
  EXTERNAL_SERVICE: OzErr.externalService({ details: { service: 'engine', retry_after: 30 } }),
  DATABASE: OzErr.database({ details: { retry_after: 5 } }),
}
const SECRET = 'pg://admin:hunter2@db.internal/prod'
const extensionsOf = (e) => ({ code: e.kind, error_code: e.code, details: e.details })

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello: String, folder(kind: String!): String, bug: String, foreign403: String }',
    resolvers: {
      Query: {
        hello: () => 'world',
        folder: (_, { kind }) => unwrapOrThrow(err(SAMPLES[kind])),
        bug: () => {
          throw new Error(SECRET)
        },
        foreign403: () => {
          throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } })
        },
      },
    },
  }),
  context: ({ request }) => {
    const kind = request.headers.get('x-refuse')
    if (kind !== null) throw new OzException(SAMPLES[kind])
    return {}
  },
  maskedErrors: { maskError },
  plugins: [ozYogaPlugin()],
  logging: false,
})

let server
let url
before(async () => {
  server = createServer(yoga)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${server.address().port}/graphql`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

const post = async (query, headers = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  })
  const text = await response.text()
  assert.ok(!text.includes('hunter2') && !/stacktrace|originalError|"http"/.test(text), text)
  return { status: response.status, headers: response.headers, body: JSON.parse(text) }
}

describe(`graphql ${version} with graphql-yoga on Node ${process.version}`, () => {
  it('runs on one copy of graphql 17', () => {
    assert.match(version, /^17\./)
    assert.match(process.version, /^v24\./)
  })

  for (const kind of OZ_ERROR_KINDS) {
    it(`fails the whole request on a context that throws ${kind}`, async () => {
      const error = SAMPLES[kind]
      const reply = await post('{ hello }', { 'x-refuse': kind })
      assert.equal(reply.status, httpStatus(error))
      for (const [name, value] of Object.entries(httpHeaders(error)))
        assert.equal(reply.headers.get(name), value)
      assert.deepEqual(reply.body, { errors: [{ message: error.message, extensions: extensionsOf(error) }] })
    })

    it(`gives a field error of ${kind} with 200 and partial data`, async () => {
      const reply = await post(`{ hello folder(kind: "${kind}") }`)
      assert.equal(reply.status, 200)
      assert.deepEqual(reply.body.data, { hello: 'world', folder: null })
      assert.deepEqual(reply.body.errors[0].extensions, extensionsOf(SAMPLES[kind]))
      assert.deepEqual(fromGraphQLError(reply.body.errors[0])._unsafeUnwrap(), SAMPLES[kind])
    })
  }

  it('masks a bug as UNKNOWN and keeps a library’s 403 at its field from setting the status', async () => {
    const reply = await post('{ hello bug foreign403 }')
    assert.equal(reply.status, 200)
    assert.deepEqual(reply.body.errors[0].extensions, extensionsOf(OzErr.unknown()))
    assert.deepEqual(reply.body.errors[1].extensions, { code: 'FORBIDDEN' })
  })

  it('passes graphql 17’s own validation error as Yoga reports it', async () => {
    const reply = await post('{ nope }')
    assert.equal(reply.status, 400)
    assert.equal(reply.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED')
    assert.ok(fromGraphQLError(reply.body.errors[0]).isErr())
  })

  it('answers a GET whose variables are not JSON with 400 BAD_REQUEST', async () => {
    const response = await fetch(`${url}?query=%7Bhello%7D&variables=nope`, {
      headers: { accept: 'application/graphql-response+json' },
    })
    assert.equal(response.status, 400)
    assert.equal((await response.json()).errors[0].extensions.code, 'BAD_REQUEST')
  })

  it('decodes a live graphql 17 GraphQLError and its JSON round trip', () => {
    const live = toGraphQLError(SAMPLES.AUTH_EXPIRED, { http: true })
    assert.ok(live instanceof GraphQLError)
    assert.deepEqual(fromGraphQLError(live)._unsafeUnwrap(), SAMPLES.AUTH_EXPIRED)
    assert.deepEqual(fromGraphQLError(JSON.parse(JSON.stringify(live)))._unsafeUnwrap(), SAMPLES.AUTH_EXPIRED)
  })
})
