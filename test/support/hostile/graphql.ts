// The GraphQL half of the hostile fixture: graphql-yoga with the adapter's `maskError`, mounted in
// the Hono app by hostile-app.ts. Its internals carry the same marker secret.
import { createSchema, createYoga } from 'graphql-yoga'
import { err, ok } from 'neverthrow'
import { OzErr, OzException } from 'oz-errors'
import { maskError, ozYogaPlugin, toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'
import { SECRET } from './secret.js'

const typeDefs = /* GraphQL */ `
  type Item {
    id: ID!
    name: String!
  }
  type Query {
    hello: String!
    item(id: ID!): Item
    forbidden: String
    bug: String
    thrownString: String
    count(limit: Int!): Int
  }
`

const resolvers = {
  Query: {
    hello: () => 'world',
    item: (_: unknown, args: { id: string }) =>
      unwrapOrThrow(
        args.id === '1'
          ? ok({ id: '1', name: 'first' })
          : err(OzErr.notExist({ details: { resource: 'item', id: args.id } })),
      ),
    forbidden: () => {
      throw new OzException(OzErr.authForbidden({ cause: new Error(SECRET) }))
    },
    bug: () => {
      throw new Error(`SELECT secret FROM vault -- ${SECRET}`, { cause: process.env.OZ_HOSTILE_SECRET })
    },
    thrownString: () => {
      throw SECRET
    },
    count: (_: unknown, args: { limit: number }) => args.limit,
  },
}

/**
 * Yoga as a plain fetch handler. The `x-token` header fails the whole request: `none`, `invalid`
 * and `db` with our errors (401 with a challenge, 503 with Retry-After), `boom` and `string` by
 * crashing with the secret; any other request passes.
 */
export const hostileYoga = () =>
  createYoga({
    schema: createSchema({ typeDefs, resolvers }),
    context: ({ request }) => {
      const token = request.headers.get('x-token')
      if (token === 'none') throw toGraphQLError(OzErr.authNotProvided(), { http: true })
      if (token === 'invalid') throw new OzException(OzErr.authInvalid({ cause: SECRET }))
      if (token === 'db')
        throw new OzException(OzErr.database({ details: { retry_after: 5 }, cause: SECRET }))
      if (token === 'boom') throw new Error(`context failed: ${SECRET}`)
      if (token === 'string') throw `context failed: ${SECRET}`
      return {}
    },
    maskedErrors: { maskError },
    plugins: [ozYogaPlugin()],
    graphiql: false,
    landingPage: false,
    logging: false,
  })
