import { type Context, Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { errorHandler, methodNotAllowedHandler, notFoundHandler, wrapNonErrors } from 'oz-errors/hono'
import { AnalysisEngine } from './engine.js'
import { DEFAULT_TOKEN_TTL, type Flags } from './flags.js'
import { createGraphQL } from './graphql.js'
import { type AppEnv, CHALLENGE } from './http.js'
import { openApiRoutes } from './openapi.js'
import { adminRoutes } from './routes-admin.js'
import { authRoutes } from './routes-auth.js'
import { folderRoutes } from './routes-folders.js'
import { seed } from './seed.js'
import { type Clock, Store, systemClock } from './store.js'
import { createTRPC } from './trpc.js'

export interface AppOptions {
  /** Where "now" comes from; tests pass one they can move forward. Default: the system clock. */
  readonly clock?: Clock
  /** Access token lifetime in seconds. Default 15 minutes. */
  readonly tokenTtl?: number
  /** Initial flags; both default to `null` (all well). */
  readonly flags?: Partial<Flags>
  /** Gets every unexpected error (a bug) with its request. Default: `console.error`. */
  readonly onUnexpected?: (error: unknown, c: Context) => void
}

export interface ExampleApp {
  readonly app: Hono<AppEnv>
  readonly store: Store
  /** The live flags: changing one changes how the next request is answered. */
  readonly flags: Flags
}

/**
 * The example Oz API as a Hono app: an in-memory store seeded with the demo users, folders and
 * sessions; REST under `/api`, documented at `/openapi.json` and `/docs`; GraphQL at `/graphql`;
 * tRPC at `/trpc`. Every error, expected or not, leaves as an Oz error body (over tRPC, as
 * `data.oz` of tRPC's error shape).
 */
export const createApp = (options: AppOptions = {}): ExampleApp => {
  const clock = options.clock ?? systemClock
  const flags: Flags = { engineDown: null, storeDown: null, ...options.flags }
  const store = new Store(flags)
  seed(store, clock)
  const deps = {
    store,
    clock,
    tokenTtl: options.tokenTtl ?? DEFAULT_TOKEN_TTL,
    engine: new AnalysisEngine(flags, clock),
  }
  const onUnexpected =
    options.onUnexpected ??
    ((error: unknown, c: Context) =>
      console.error(`unexpected error in ${c.req.method} ${c.req.path}:`, error))

  const app = new Hono<AppEnv>()
  app.use(wrapNonErrors())
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
  app.route('/api', authRoutes(deps))
  app.route('/api', folderRoutes(deps))
  app.route('/api', adminRoutes(deps))
  // The OpenAPI document of the REST routes and its reference page (examples/openapi.ts).
  app.route('/', openApiRoutes())
  const yoga = createGraphQL(deps)
  // Hono answers HEAD with the GET route's headers; Yoga is asked a GET, and its response (of
  // @whatwg-node/fetch's classes) is copied into a native one whose headers Hono can read.
  app.on(['GET', 'POST'], '/graphql', async (c) => {
    const request =
      c.req.method === 'HEAD'
        ? new Request(c.req.url, { method: 'GET', headers: c.req.raw.headers })
        : c.req.raw
    const response = await yoga.fetch(request)
    return new Response(response.body, { status: response.status, headers: [...response.headers] })
  })
  // tRPC answers its own wrong methods (405 with Allow), so every method reaches it.
  app.all('/trpc/*', createTRPC(deps, onUnexpected))
  app.onError(errorHandler({ ...CHALLENGE, onUnexpected }))
  app.notFound(notFoundHandler)
  return { app, store, flags }
}
