import { createServer } from 'node:http'
import { createSchema, createYoga } from 'graphql-yoga'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { maskError, toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'

interface Folder {
  readonly id: string
  readonly name: string
}
const folders = new Map<string, Folder>([['1', { id: '1', name: 'Inbox' }]])
const findFolder = (id: string): Result<Folder, OzError> => {
  const folder = folders.get(id)
  return folder ? ok(folder) : err(OzErr.notExist({ details: { resource: 'folder', id } }))
}

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Folder { id: ID!, name: String! } type Query { folder(id: ID!): Folder }',
    resolvers: {
      // err(NOT_EXIST) → a field error: 200, `data.folder: null`, our extensions.
      Query: { folder: (_: unknown, { id }: { id: string }) => unwrapOrThrow(findFolder(id)) },
    },
  }),
  // No token → the request fails as a whole: 401 with `WWW-Authenticate: Bearer realm="api"`.
  context: ({ request }) => {
    const token = request.headers.get('authorization')
    if (token === null) throw toGraphQLError(OzErr.authNotProvided(), { http: true })
    return { token }
  },
  maskedErrors: { maskError },
})

createServer(yoga).listen(4000, () => console.log('http://localhost:4000/graphql'))
