import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzError, OzException } from 'oz-errors'
import { formatError, ozApolloPlugin, unwrapOrThrow } from 'oz-errors/graphql'

interface Folder {
  readonly id: string
  readonly name: string
}
const folders = new Map<string, Folder>([['1', { id: '1', name: 'Inbox' }]])
const findFolder = (id: string): Result<Folder, OzError> => {
  const folder = folders.get(id)
  return folder ? ok(folder) : err(OzErr.notExist({ details: { resource: 'folder', id } }))
}

const server = new ApolloServer({
  typeDefs: 'type Folder { id: ID!, name: String! } type Query { folder(id: ID!): Folder }',
  resolvers: { Query: { folder: (_: unknown, { id }: { id: string }) => unwrapOrThrow(findFolder(id)) } },
  formatError,
  // What the context throws fails the whole request with its kind's status and headers.
  plugins: [ozApolloPlugin({ realm: 'api' })],
})

const { url } = await startStandaloneServer(server, {
  listen: { port: 4000 },
  context: async ({ req }) => {
    const token = req.headers.authorization
    if (token === undefined) throw new OzException(OzErr.authNotProvided()) // 401 + challenge
    return { token }
  },
})
console.log(url)
