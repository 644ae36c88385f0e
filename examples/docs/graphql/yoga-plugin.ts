import { createServer } from 'node:http'
import { createSchema, createYoga } from 'graphql-yoga'
import { OzErr, OzException } from 'oz-errors'
import { maskError, ozYogaPlugin } from 'oz-errors/graphql'

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
  }),
  context: ({ request }) => {
    if (!request.headers.has('authorization')) throw new OzException(OzErr.authNotProvided())
    return {}
  },
  maskedErrors: { maskError },
  // GET ?variables=not-json → 400 BAD_REQUEST instead of a masked 500 UNKNOWN.
  plugins: [ozYogaPlugin()],
})

createServer(yoga).listen(4000, () => console.log('http://localhost:4000/graphql'))
