// A driver's Error whose own `extensions` look like ours (a code, an error_code, even an `http`)
// is not ours: graphql-js lends those very extensions to the GraphQLError it wraps the error
// in, and the Apollo plugin's copy of them (made to drop `http` from a field error) must stay
// as little ours as the original. Real Apollo on 127.0.0.1, real fetch.
import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { formatError, ozApolloPlugin } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SECRET = 'password=hunter2 at db1.internal'

class DriverError extends Error {
  constructor(readonly extensions: Record<string, unknown>) {
    super(SECRET)
  }
}

const LOOKS_OURS = { code: 'NOT_EXIST', error_code: 10, details: null }

describe('ozApolloPlugin with a foreign error that carries Oz-shaped extensions', () => {
  let server: ApolloServer
  let url: string
  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { plain: String, withHttp: String }',
      resolvers: {
        Query: {
          plain: () => {
            throw new DriverError({ ...LOOKS_OURS })
          },
          withHttp: () => {
            throw new DriverError({ ...LOOKS_OURS, http: { status: 404 } })
          },
        },
      },
      formatError,
      plugins: [ozApolloPlugin()],
    })
    url = (await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url
  })
  afterAll(() => server.stop())

  it.each(['plain', 'withHttp'])('masks it as UNKNOWN, its message unsent (%s)', async (field) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${field} }` }),
    })
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).not.toContain('hunter2')
    const body = JSON.parse(text) as { errors: { message: string; extensions: unknown }[] }
    expect(body.errors[0]?.extensions).toEqual({ code: 'UNKNOWN', error_code: 0, details: null })
    expect(body.errors[0]?.message).toBe('Unknown server side error occurred')
  })
})
