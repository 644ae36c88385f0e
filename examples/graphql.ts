import { createSchema, createYoga } from 'graphql-yoga'
import { maskError, toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'
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
 * GraphQL over the same domain functions as REST. Resolvers hand their `Result`s to
 * `unwrapOrThrow` (field errors, 200 with partial data); the context refuses a request
 * without a valid token as a whole (401 with the challenge), and `maskError` masks the rest.
 */
export const createGraphQL = (deps: Deps & AuthDeps) =>
  createYoga<Record<string, unknown>, Ctx>({
    graphqlEndpoint: '/graphql',
    maskedErrors: { maskError },
    graphiql: {
      title: 'Oz example API',
      headers: JSON.stringify({ [TOKEN_HEADER]: DEMO_TOKENS.operator }),
      defaultQuery: '{\n  folders(limit: 5) { total items { folder_id meta_data { key value } } }\n}\n',
    },
    context: ({ request }) => {
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
