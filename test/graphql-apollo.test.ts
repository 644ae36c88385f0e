import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { OzErr, OzException } from 'oz-errors'
import { formatError, fromGraphQLError } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Context,
  contextFor,
  firstError,
  GRAPHQL_RESPONSE,
  post,
  resolvers,
  typeDefs,
} from './graphql-fixtures.js'
import { expectNothingLeaked, type Started, serverSuite } from './graphql-suite.js'

// Stack traces on, as in development: formatError must keep them out of our errors and masked ones.
const startApollo = async (context: (authorization: string | undefined) => Context): Promise<Started> => {
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
})
