import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSchema, createYoga, type YogaServerOptions } from 'graphql-yoga'
import { OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, maskError, wholeRequest } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACCEPTS,
  type Context,
  contextFor,
  firstError,
  GRAPHQL_RESPONSE,
  post,
  resolvers,
  typeDefs,
} from '../support/graphql-fixtures.js'
import { expectNothingLeaked, type Started, serverSuite } from './server-suite.js'

type Options = YogaServerOptions<Record<string, never>, Context>

const startYoga = (options: Partial<Options> = {}): Promise<Started> => {
  const yoga = createYoga<Record<string, never>, Context>({
    schema: createSchema({ typeDefs, resolvers }),
    context: ({ request }) => contextFor(request.headers.get('authorization')),
    maskedErrors: { maskError },
    logging: false,
    ...options,
  })
  const server = createServer(yoga)
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}

describe('graphql-yoga with maskError', () => {
  serverSuite(() => startYoga())
})

describe('graphql-yoga: the status rule', () => {
  let server: Started
  beforeAll(async () => {
    server = await startYoga()
  })
  afterAll(() => server.close())

  it.each(ACCEPTS)(
    'drops the status and headers of a whole-request error thrown by a resolver (%s)',
    async (accept) => {
      const reply = await post(server.url, { query: '{ hello misplaced }' }, { accept })
      expect(reply.status).toBe(200)
      expect(reply.headers.get('www-authenticate')).toBeNull()
      expect(reply.body.data).toEqual({ hello: 'world', misplaced: null })
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authInvalid())
      expectNothingLeaked(reply)
    },
  )
})

describe('graphql-yoga with maskError in development mode', () => {
  let server: Started
  beforeAll(async () => {
    server = await startYoga({ maskedErrors: { maskError, isDev: true } })
  })
  afterAll(() => server.close())

  it('still masks a bug without adding the original error', async () => {
    const reply = await post(server.url, { query: '{ hello bug }' }, { accept: GRAPHQL_RESPONSE })
    expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.unknown())
    expectNothingLeaked(reply)
  })

  it('still passes our errors with their extensions', async () => {
    const reply = await post(server.url, { query: '{ forbidden }' }, { accept: GRAPHQL_RESPONSE })
    expect(firstError(reply).extensions).toEqual({
      code: 'AUTH_FORBIDDEN',
      error_code: 9,
      details: { required: ['admin'] },
    })
  })
})

describe('graphql-yoga with an OzException thrown by the context', () => {
  let server: Started
  beforeAll(async () => {
    server = await startYoga({
      context: () => {
        throw new OzException(OzErr.authInvalid())
      },
    })
  })
  afterAll(() => server.close())

  it('answers with the kind status and challenge, as toGraphQLError(…, { http: true }) would', async () => {
    const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
    expect(reply.status).toBe(401)
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="api", error="invalid_token"/)
    expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authInvalid())
    expectNothingLeaked(reply)
  })
})

describe('graphql-yoga with a context wrapped in wholeRequest', () => {
  let server: Started
  beforeAll(async () => {
    server = await startYoga({
      context: wholeRequest(
        () => {
          throw new OzException(OzErr.authExpired())
        },
        { realm: 'oz' },
      ),
    })
  })
  afterAll(() => server.close())

  it('answers 401 with the configured realm', async () => {
    const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
    expect(reply.status).toBe(401)
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="oz", error="invalid_token"/)
    expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authExpired())
  })
})
