import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError } from 'graphql'
import { OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, ozApolloPlugin, toGraphQLError } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Context, firstError, GRAPHQL_RESPONSE, post } from '../support/graphql-fixtures.js'
import { type Started, startApollo } from '../support/graphql-servers.js'

// The context throws what the test puts here; a plugin after ozApolloPlugin logs what it saw
// and may change the error as `later` says.
let thrown: unknown
let later: (error: Error & { extensions?: unknown }) => void = () => {}
const logged: string[] = []
const logsAfter: ApolloServerPlugin<Context> = {
  contextCreationDidFail: async ({ error }) => {
    logged.push(JSON.stringify({ ...error }))
    later(error)
  },
}

describe('Apollo Server with ozApolloPlugin({ realm }) and a context that throws', () => {
  let server: Started
  beforeAll(async () => {
    server = await startApollo(
      {
        ours: true,
        context: () => {
          throw thrown
        },
      },
      { plugins: [ozApolloPlugin({ realm: 'server' }), logsAfter] },
    )
  })
  afterAll(() => server.close())

  const refused = async (error: unknown, then: typeof later = () => {}) => {
    thrown = error
    later = then
    logged.length = 0
    return post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE })
  }

  it('keeps the realm of toGraphQLError(e, { http: true, realm }) over the server’s', async () => {
    const reply = await refused(toGraphQLError(OzErr.authNotProvided(), { http: true, realm: 'context' }))
    expect(reply.status).toBe(401)
    expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="context"')
  })

  it('gives an OzException and toGraphQLError(e) the server’s realm', async () => {
    for (const error of [new OzException(OzErr.authNotProvided()), toGraphQLError(OzErr.authNotProvided())]) {
      const reply = await refused(error)
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="server"')
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authNotProvided())
    }
  })

  it('gives a copy of our extensions with an http of its own the status and challenge of its kind', async () => {
    const ours = toGraphQLError(OzErr.authNotProvided(), { http: true, realm: 'context' })
    const extensions: Record<string, unknown> = {
      ...ours.extensions,
      http: { status: 200, headers: new Map() },
    }
    const copy = new GraphQLError(ours.message, { extensions })
    const reply = await refused(copy)
    expect(reply.status).toBe(401)
    expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="server"')
  })

  it('leaves a library’s GraphQLError with its own status as it was', async () => {
    const reply = await refused(
      new GraphQLError('Blocked upstream', { extensions: { code: 'FORBIDDEN', http: { status: 451 } } }),
    )
    expect(reply.status).toBe(451)
  })

  it('shows a logger what the thrown error showed: a GraphQLError’s extensions, no new member on an OzException', async () => {
    await refused(new OzException(OzErr.authNotProvided()))
    expect(logged).toEqual([JSON.stringify({ ...new OzException(OzErr.authNotProvided()) })])
    await refused(toGraphQLError(OzErr.authNotProvided()))
    expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({
      extensions: { code: 'AUTH_NOT_PROVIDED', http: { status: 401 } },
    })
  })

  it('lets a later plugin replace the extensions it set', async () => {
    const reply = await refused(new OzException(OzErr.authNotProvided()), (error) => {
      const { http, ...rest } = error.extensions as { http: object }
      error.extensions = { ...rest, http: { ...http, status: 503 } }
    })
    expect(reply.status).toBe(503)
  })

  it('lets a later plugin redefine the extensions as ozApolloPlugin does', async () => {
    const reply = await refused(new OzException(OzErr.authNotProvided()), (error) => {
      Object.defineProperty(error, 'extensions', { value: { http: { status: 429 } }, enumerable: true })
    })
    expect(reply.status).toBe(429)
  })
})
