import { renderGraphiQL } from '@graphql-yoga/render-graphiql'
import { createSchema, createYoga, type Plugin } from 'graphql-yoga'
import { maskError, ozYogaPlugin, toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'
import { type AuthDeps, authenticate } from './auth.js'
import {
  createFolder,
  type Deps,
  deleteFolder,
  getAnalysis,
  getFolder,
  listFolders,
  startAnalyses,
} from './folders.js'
import { CHALLENGE, TOKEN_HEADER, tokenOf } from './http.js'
import { parsePaging } from './paging.js'
import { DEMO_TOKENS } from './seed.js'
import type { AnalysisType, Folder, User } from './store.js'

const typeDefs = /* GraphQL */ `
  type User { user_id: ID!, email: String!, role: String! }
  type MetaEntry { key: String!, value: String! }
  type Folder { folder_id: ID!, owner_id: ID!, time_created: String!, meta_data: [MetaEntry!]! }
  type FolderPage { total: Int!, offset: Int!, limit: Int!, items: [Folder!]! }
  enum AnalysisType { quality biometry blacklist }
  type Analysis {
    analyse_id: ID!, folder_id: ID!, type: AnalysisType!, time_created: String!
    state: String!, resolution_status: String
  }
  type Query {
    me: User!
    folders(offset: Int, limit: Int): FolderPage!
    folder(id: ID!): Folder
    analysis(id: ID!): Analysis
  }
  type Mutation {
    createFolder(label: String): Folder!
    deleteFolder(id: ID!): Boolean!
    startAnalysis(folder_id: ID!, type: AnalysisType!): [Analysis!]!
  }
`

interface Ctx {
  readonly user: User
}

/**
 * Refuses a GraphQL request without a valid token as a whole (401 with the challenge, 503 when
 * the store is down) once its parameters are read, before its document is parsed or validated:
 * an anonymous client learns nothing of the schema, not even from "Did you mean …?". The
 * GraphiQL page (a GET of HTML) is served before this hook and needs no token.
 */
const refuseAnonymous = (deps: AuthDeps, users: WeakMap<Request, User>): Plugin => ({
  onParams: ({ request }) => {
    const user = authenticate(deps, tokenOf(request.headers))
    if (user.isErr()) throw toGraphQLError(user.error, { ...CHALLENGE, http: true })
    users.set(request, user.value)
  },
})

/**
 * GraphQL over the same domain functions as REST. Resolvers hand their `Result`s to
 * `unwrapOrThrow` (field errors, 200 with partial data); `refuseAnonymous` refuses a request
 * without a valid token as a whole, and `maskError` masks the rest. GraphiQL is served from
 * `@graphql-yoga/render-graphiql`, which inlines its scripts and styles: no CDN.
 */
export const createGraphQL = (deps: Deps & AuthDeps) => {
  const users = new WeakMap<Request, User>()
  return createYoga<Record<string, unknown>, Ctx>({
    graphqlEndpoint: '/graphql',
    maskedErrors: { maskError },
    plugins: [ozYogaPlugin(), refuseAnonymous(deps, users)],
    renderGraphiQL,
    graphiql: {
      title: 'Oz example API',
      headers: JSON.stringify({ [TOKEN_HEADER]: DEMO_TOKENS.operator }),
      defaultQuery: '{\n  folders(limit: 5) { total items { folder_id meta_data { key value } } }\n}\n',
    },
    context: ({ request }) => {
      const known = users.get(request)
      if (known !== undefined) return { user: known }
      const user = authenticate(deps, tokenOf(request.headers))
      if (user.isErr()) throw toGraphQLError(user.error, { ...CHALLENGE, http: true })
      return { user: user.value }
    },
    schema: createSchema<Record<string, unknown> & Ctx>({
      typeDefs,
      resolvers: {
        Query: {
          me: (_: unknown, __: unknown, { user }: Ctx) => ({
            user_id: user.user_id,
            email: user.email,
            role: user.role,
          }),
          folders: (_: unknown, args: { offset?: number | null; limit?: number | null }, { user }: Ctx) =>
            unwrapOrThrow(
              parsePaging({ offset: args.offset?.toString(), limit: args.limit?.toString() }).andThen(
                (paging) => listFolders(deps, user, paging),
              ),
            ),
          folder: (_: unknown, { id }: { id: string }, { user }: Ctx) =>
            unwrapOrThrow(getFolder(deps, user, id)),
          analysis: (_: unknown, { id }: { id: string }, { user }: Ctx) =>
            unwrapOrThrow(getAnalysis(deps, user, id)),
        },
        Mutation: {
          createFolder: (_: unknown, { label }: { label?: string | null }, { user }: Ctx) =>
            unwrapOrThrow(createFolder(deps, user, { meta_data: label == null ? {} : { label } })),
          deleteFolder: (_: unknown, { id }: { id: string }, { user }: Ctx) =>
            unwrapOrThrow(deleteFolder(deps, user, id).map(() => true)),
          startAnalysis: (_: unknown, args: { folder_id: string; type: AnalysisType }, { user }: Ctx) =>
            unwrapOrThrow(startAnalyses(deps, user, args.folder_id, { analyses: [{ type: args.type }] })),
        },
        Folder: {
          meta_data: (folder: Folder) =>
            Object.entries(folder.meta_data).map(([key, value]) => ({ key, value })),
        },
      },
    }),
  })
}
