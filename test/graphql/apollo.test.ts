import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { OzErr, OzException } from 'oz-errors'
import { formatError, fromGraphQLError, wholeRequest } from 'oz-errors/graphql'
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

// Stack traces on, as in development: formatError must keep them out of our errors and masked ones.
const startApollo = async (
  context: (authorization: string | undefined) => Context | Promise<Context>,
): Promise<Started> => {
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: true,
  })
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => context(req.headers.authorization),
  })
  return { url, close: () => server.stop() }
}

describe('Apollo Server with formatError', () => {
  serverSuite(() => startApollo(contextFor))
})

describe('Apollo Server with an OzException thrown by the context', () => {
  let server: Started
  beforeAll(async () => {
    server = await startApollo(() => {
      throw new OzException(OzErr.authInvalid())
    })
  })
  afterAll(() => server.close())

  it('sends the error without the "Context creation failed" prefix Apollo adds', async () => {
    const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
    expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authInvalid())
    expect(reply.text).not.toContain('Context creation failed')
    expectNothingLeaked(reply)
  })

  // Apollo takes the status from the thrown error before formatError runs, and a bare
  // OzException carries none: this is why wholeRequest exists (next suite).
  it('answers 500 without wholeRequest, the body still ours', async () => {
    const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
    expect(reply.status).toBe(500)
  })
})

describe('Apollo Server with an OzException thrown by a context wrapped in wholeRequest', () => {
  let server: Started
  beforeAll(async () => {
    server = await startApollo(
      wholeRequest(
        () => {
          throw new OzException(OzErr.authInvalid())
        },
        { realm: 'oz' },
      ),
    )
  })
  afterAll(() => server.close())

  it.each(ACCEPTS)(
    'fails the whole request with 401 and the configured challenge (Accept %s)',
    async (accept) => {
      const reply = await post(server.url, { query: '{ hello }' }, { accept })
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toBe(
        'Bearer realm="oz", error="invalid_token", error_description="The access token is invalid"',
      )
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authInvalid())
      expect(reply.text).not.toContain('"http"')
    },
  )

  it('passes anything that is not ours on, for formatError to mask', async () => {
    const bug = await startApollo(
      wholeRequest(() => {
        throw new Error('db password=hunter2')
      }),
    )
    try {
      const reply = await post(bug.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
      expect(reply.status).toBe(500)
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap().kind).toBe('UNKNOWN')
      expect(reply.text).not.toContain('hunter2')
    } finally {
      await bug.close()
    }
  })
})
