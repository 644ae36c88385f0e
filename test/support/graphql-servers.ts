// The GraphQL servers the tests start on 127.0.0.1: graphql-yoga and Apollo Server, each plain
// (as it ships) or with our adapters, over the schema and context of graphql-fixtures.ts.
import { createServer } from 'node:http'
import { ApolloServer, type ApolloServerOptions } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { createSchema, createYoga, type YogaServerOptions } from 'graphql-yoga'
import { formatError, maskError, ozApolloPlugin, ozYogaPlugin } from 'oz-errors/graphql'
import { type Context, contextFor, resolvers, typeDefs } from './graphql-fixtures.js'
import { listenNode } from './serve.js'

/** A server under test, listening on 127.0.0.1. */
export interface Started {
  readonly url: string
  readonly close: () => Promise<void>
}

/** How a server is set up: with our adapters (`ours`) or as it ships. */
export interface Setup {
  readonly ours: boolean
  /** Builds the context from the `Authorization` header; default `contextFor`. */
  readonly context?: (authorization: string | undefined) => Context | Promise<Context>
}

type YogaOptions = YogaServerOptions<Record<string, never>, Context>

/** graphql-yoga on node:http; with ours: `maskedErrors: { maskError }` and `ozYogaPlugin()`. */
export const startYoga = async (setup: Setup, options: Partial<YogaOptions> = {}): Promise<Started> => {
  const context = setup.context ?? contextFor
  const yoga = createYoga<Record<string, never>, Context>({
    schema: createSchema({ typeDefs, resolvers }),
    context: ({ request }) => context(request.headers.get('authorization') ?? undefined),
    logging: false,
    ...(setup.ours ? { maskedErrors: { maskError }, plugins: [ozYogaPlugin()] } : {}),
    ...options,
  })
  const served = await listenNode(createServer(yoga))
  return { url: `${served.url}/graphql`, close: served.close }
}

type ApolloOptions = Partial<
  Pick<
    ApolloServerOptions<Context>,
    'includeStacktraceInErrorResponses' | 'nodeEnv' | 'plugins' | 'formatError'
  >
>

/** Apollo Server standalone; with ours: `formatError` and `ozApolloPlugin()`. */
export const startApollo = async (setup: Setup, options: ApolloOptions = {}): Promise<Started> => {
  const context = setup.context ?? contextFor
  const server = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    ...(setup.ours ? { formatError, plugins: [ozApolloPlugin()] } : {}),
    ...options,
  })
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => context(req.headers.authorization),
  })
  return { url: `${url.replace(/\/$/, '')}/graphql`, close: () => server.stop() }
}

/** The servers the shared table runs against, by name. */
export const SERVERS = {
  yoga: () => startYoga({ ours: true }),
  apollo: () => startApollo({ ours: true }),
} as const
export type ServerName = keyof typeof SERVERS
