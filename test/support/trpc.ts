import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCLink,
} from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { createHTTPServer } from '@trpc/server/adapters/standalone'
import { EventSource } from 'eventsource'
import { Hono } from 'hono'
import { err, errAsync } from 'neverthrow'
import { OzErr, type OzError, type OzErrorKind, OzException } from 'oz-errors'
import { type OzErrorFormatterOptions, ozErrorFormatter, ozResponseMeta, unwrapOrThrow } from 'oz-errors/trpc'
import * as v from 'valibot'
import { z } from 'zod'
import { listen, listenNode, type Served } from './serve.js'

/** Planted in a bug's message and cause; no response may carry it. */
export const SECRET = 'pg://admin:hunter2@db.internal/prod'

/** How `raise` throws its error: every way a procedure can fail with one of ours. */
export type How = 'unwrap' | 'unwrap-async' | 'exception' | 'plain' | 'trpc-cause'

/** Errors waiting to be thrown by `raise`, by id: the test's own objects, never re-decoded. */
const pending = new Map<string, OzError>()
let next = 0

/** Stores `error` for `raise` and returns its id. */
export const stash = (error: OzError): string => {
  const id = String(next++)
  pending.set(id, error)
  return id
}

const take = (id: string): OzError => {
  const error = pending.get(id)
  if (error === undefined) throw new Error(`no error stashed as ${id}`)
  return error
}

const raiseInput = z.object({
  id: z.string(),
  how: z.enum(['unwrap', 'unwrap-async', 'exception', 'plain', 'trpc-cause']),
})

const raise = async ({ input }: { input: z.infer<typeof raiseInput> }): Promise<never> => {
  const error = take(input.id)
  switch (input.how) {
    case 'unwrap':
      return unwrapOrThrow(err(error))
    case 'unwrap-async':
      return unwrapOrThrow(errAsync(error))
    case 'exception':
      throw new OzException(error)
    case 'plain':
      throw error
    case 'trpc-cause':
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'overridden by the cause',
        cause: new OzException(error),
      })
  }
}

/** The router, with `ozErrorFormatter(options)`; `isDev` as tRPC's development mode. */
export const makeRouter = (options: OzErrorFormatterOptions & { isDev?: boolean } = {}) => {
  const { isDev = false, ...formatter } = options
  const t = initTRPC.create({ isDev, errorFormatter: ozErrorFormatter(formatter) })
  return t.router({
    hello: t.procedure.query(() => ({ hello: 'world' })),
    write: t.procedure.mutation(() => ({ written: true })),
    raise: t.procedure.input(raiseInput).query(raise),
    raiseMutation: t.procedure.input(raiseInput).mutation(raise),
    bug: t.procedure.query(() => {
      throw new Error(`connection to ${SECRET} refused`, { cause: new Error(SECRET) })
    }),
    bugString: t.procedure.query(() => {
      throw SECRET
    }),
    internal: t.procedure.query(() => {
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: SECRET, cause: SECRET })
    }),
    conflict: t.procedure.query(() => {
      throw new TRPCError({ code: 'CONFLICT', message: `row ${SECRET} is locked` })
    }),
    zod: t.procedure
      .input(z.object({ name: z.string(), limit: z.number().int().max(100) }))
      .mutation(({ input }) => input),
    valibot: t.procedure
      .input(v.object({ name: v.string(), limit: v.pipe(v.number(), v.maxValue(100)) }))
      .mutation(({ input }) => input),
    // Yields once, then fails: with a 4xx kind, or a 5xx one (tRPC's client retries those).
    events: t.procedure.input(z.enum(['forbidden', 'database', 'bug'])).subscription(async function* ({
      input,
    }) {
      yield 1
      if (input === 'forbidden')
        throw new OzException(OzErr.authForbidden({ details: { required: ['admin'] } }))
      if (input === 'database') throw new OzException(OzErr.database({ details: { retry_after: 5 } }))
      throw new Error(SECRET)
    }),
  })
}

export type AppRouter = ReturnType<typeof makeRouter>

/** Handler options both adapters take: the headers each kind owes, and a body limit. */
interface ServeOptions {
  readonly realm?: string
  readonly maxBodySize?: number
}

/** tRPC's fetch adapter mounted at `/trpc` in a Hono app on `@hono/node-server`. */
export const serveHono = (router: AppRouter, options: ServeOptions = {}): Promise<Served> => {
  const responseMeta = ozResponseMeta(options.realm === undefined ? undefined : { realm: options.realm })
  const app = new Hono().all('/trpc/*', (c) =>
    fetchRequestHandler({ endpoint: '/trpc', req: c.req.raw, router, responseMeta }),
  )
  return listen(app)
}

/** tRPC's standalone Node adapter at `/trpc/`. */
export const serveStandalone = (router: AppRouter, options: ServeOptions = {}): Promise<Served> => {
  const responseMeta = ozResponseMeta(options.realm === undefined ? undefined : { realm: options.realm })
  const server = createHTTPServer({
    router,
    basePath: '/trpc/',
    responseMeta,
    ...(options.maxBodySize === undefined ? {} : { maxBodySize: options.maxBodySize }),
  })
  return listenNode(server)
}

export const SERVERS = { hono: serveHono, standalone: serveStandalone } as const

export type LinkName = 'httpLink' | 'httpBatchLink' | 'httpBatchStreamLink'
export const LINKS: readonly LinkName[] = ['httpLink', 'httpBatchLink', 'httpBatchStreamLink']

const linkOf = (name: LinkName, url: string): TRPCLink<AppRouter> => {
  if (name === 'httpLink') return httpLink({ url })
  if (name === 'httpBatchLink') return httpBatchLink({ url })
  return httpBatchStreamLink({ url })
}

/** A client over real fetch: `link` for queries and mutations, SSE for subscriptions. */
export const clientFor = (served: Served, link: LinkName) => {
  const url = `${served.url}/trpc`
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url, EventSource }),
        false: linkOf(link, url),
      }),
    ],
  })
}

/** The rejection of `promise`, which must reject. */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (caught) {
    return caught
  }
  throw new Error('expected the call to fail')
}

/** One error of every kind, with the details that shape its headers. */
export const EVERY_KIND: Readonly<Record<OzErrorKind, OzError>> = {
  UNKNOWN: OzErr.unknown({ message: 'Something broke; try again' }),
  NOT_ALLOWED: OzErr.notAllowed({ details: { method: 'DELETE', allowed: ['GET', 'POST'] } }),
  NOT_REALIZED: OzErr.notRealized(),
  INVALID_STRUCTURE: OzErr.invalidStructure({ details: { key_path: 'items.0', issues: [] } }),
  INVALID_VALUE: OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }),
  INVALID_TYPE: OzErr.invalidType({ details: { key_path: 'limit', expected: 'number' } }),
  AUTH_NOT_PROVIDED: OzErr.authNotProvided(),
  AUTH_INVALID: OzErr.authInvalid(),
  AUTH_EXPIRED: OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
  AUTH_FORBIDDEN: OzErr.authForbidden({ details: { required: ['admin'] } }),
  NOT_EXIST: OzErr.notExist({ details: { resource: 'folder', id: '42' } }),
  EXTERNAL_SERVICE: OzErr.externalService({ details: { service: 'geo', retry_after: 30 } }),
  DATABASE: OzErr.database({ details: { retry_after: 5 } }),
}

/** The URL of a GET to `raise` with `error`, thrown as `how`. */
export const raiseUrl = (served: Served, error: OzError, how: How = 'exception'): string =>
  `${served.url}/trpc/raise?input=${encodeURIComponent(JSON.stringify({ id: stash(error), how }))}`

/** The `error` member of a tRPC response body (of one call). */
export const errorOf = (body: unknown): Record<string, unknown> & { data: Record<string, unknown> } =>
  (body as { error: Record<string, unknown> & { data: Record<string, unknown> } }).error
