import { ApolloServer, HeaderMap } from '@apollo/server'
import { GraphQLError } from 'graphql'
import { err, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { formatError, fromGraphQLError, ozApolloPlugin, unwrapOrThrow } from 'oz-errors/graphql'
import type { Batch, Figure } from './harness.js'

interface Folder {
  readonly id: string
  readonly name: string
}

const typeDefs = 'type Folder { id: ID!, name: String! } type Query { folder(id: ID!): Folder }'

const findFolder = (id: string): Result<Folder, OzError> =>
  err(OzErr.notExist({ details: { resource: 'folder', id } }))

// Ours: the setup docs/graphql.md tells Apollo users to copy.
const ours = new ApolloServer({
  typeDefs,
  resolvers: { Query: { folder: (_: unknown, { id }: { id: string }) => unwrapOrThrow(findFolder(id)) } },
  formatError,
  plugins: [ozApolloPlugin()],
})

// The baseline: what a team writes without us, a GraphQLError with a code of its own.
const plain = new ApolloServer({
  typeDefs,
  resolvers: {
    Query: {
      folder: (): Folder => {
        throw new GraphQLError('The requested resource is not found', { extensions: { code: 'NOT_FOUND' } })
      },
    },
  },
})

const started = Promise.all([ours.start(), plain.start()])

const BODY = { query: '{ folder(id: "42") { name } }' }

// Apollo's HTTP pipeline in-process, as an integration drives it: parse, execute (one field
// error beside `data`), format, plugins, status and the body serialized.
const handle = async (server: ApolloServer): Promise<{ status: number; text: string }> => {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: BODY,
    },
    context: async () => ({}),
  })
  if (response.body.kind !== 'complete') throw new Error('apollo: a chunked answer')
  return { status: response.status ?? 200, text: response.body.string }
}

const batch =
  (server: ApolloServer): Batch =>
  async (n) => {
    await started
    let total = 0
    for (let i = 0; i < n; i++) {
      const { status, text } = await handle(server)
      total += status + text.length
    }
    return total
  }

/** Apollo with `formatError` and `ozApolloPlugin()` against plain Apollo, one field error per request. */
export const apollo: Figure = {
  name: 'apollo',
  target: 0.95,
  rounds: 41,
  ours: { batch: batch(ours) },
  baseline: { batch: batch(plain) },
  check: async () => {
    await started
    const [a, b] = await Promise.all([handle(ours), handle(plain)])
    if (a.status !== 200 || b.status !== 200) throw new Error(`apollo: statuses ${a.status} and ${b.status}`)
    const body = JSON.parse(a.text) as { data: { folder: null }; errors: unknown[] }
    const decoded = fromGraphQLError(body.errors[0])
    if (body.data.folder !== null || decoded.isErr() || decoded.value.kind !== 'NOT_EXIST') {
      throw new Error(`apollo: ours did not answer a NOT_EXIST field error: ${a.text}`)
    }
    const theirs = JSON.parse(b.text) as { errors: { extensions: { code: string } }[] }
    if (theirs.errors[0]?.extensions.code !== 'NOT_FOUND')
      throw new Error('apollo: the baseline lost its code')
  },
}
