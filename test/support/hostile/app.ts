// The app the hostile-traffic tests and the load run attack: every adapter feature at once, with
// the marker secret planted in thrown messages, causes and the environment.
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { err, ok, ResultAsync } from 'neverthrow'
import { OZ_ERROR_KINDS, OzErr, type OzErrorKind, OzException } from 'oz-errors'
import {
  errorHandler,
  methodNotAllowedHandler,
  notFoundHandler,
  ozValidator,
  respond,
  wrapNonErrors,
} from 'oz-errors/hono'
import * as z from 'zod'
import { LEAK_CASES, type LeakCase } from '../leak-schemas.js'
import { FOREIGN, type ForeignShape } from '../upstream-errors.js'
import { hostileYoga } from './graphql.js'
import { NEGOTIATED_BASE, negotiatedApp } from './negotiated.js'
import { SAMPLES, SECRET, secretCause } from './secret.js'
import { hostileTRPC, TRPC_ENDPOINT } from './trpc.js'

export { SAMPLES, SECRET }

/** Set on every response the app itself produced; Node's own rejections lack it. */
export const SERVED_BY = 'x-served-by'

/** Set by the `/graphql` mount on what Yoga answered, whose rules are GraphQL-over-HTTP's. */
export const GRAPHQL_MOUNT = 'x-graphql'

/** Set by the `/trpc/*` mount on what tRPC answered, whose shape is tRPC's. */
export const TRPC_MOUNT = 'x-trpc'

/** A route per schema of leak-schemas.ts (zod, valibot, arktype), `ozValidator('json', schema)`. */
export const VALIDATED: ReadonlyArray<{
  readonly path: string
  readonly name: string
  readonly leak: LeakCase
}> = LEAK_CASES.map(([name, leak], index) => ({ path: `/validate/${index}`, name, leak }))

/** Thrown at `/foreign/<shape>/<status>`: upstream clients' errors carrying the upstream's Response. */
export const FOREIGN_SHAPES = Object.keys(FOREIGN) as ForeignShape[]
const isForeign = (name: string): name is ForeignShape => name in FOREIGN

/** How long the slow dependency may take before the handler gives up. */
export const DEADLINE_MS = 50

// Widened so that any string can be looked up; the guard narrows it back.
const isKind = (name: string): name is OzErrorKind => (OZ_ERROR_KINDS as readonly string[]).includes(name)

/** The success body of every route but `/graphql`, told apart by `route`. */
export const SuccessBody = z.discriminatedUnion('route', [
  z.strictObject({ route: z.literal('health'), ok: z.literal(true) }),
  z.strictObject({ route: z.literal('items.list'), ids: z.array(z.string()).max(50) }),
  z.strictObject({ route: z.literal('items.get'), id: z.string(), name: z.string() }),
  z.strictObject({ route: z.literal('items.create'), name: z.string(), count: z.number() }),
  z.strictObject({ route: z.literal('items.form'), name: z.string() }),
  z.strictObject({ route: z.literal('me'), version: z.string(), session: z.boolean() }),
  z.strictObject({ route: z.literal('echo'), type: z.string() }),
  z.strictObject({ route: z.literal('validate') }),
])

const ItemInput = z.object({ name: z.string().min(1).max(64), count: z.number().int().min(0).max(1000) })
const ItemForm = z.object({ name: z.string().min(1).max(64) })
const Versioned = z.object({ 'x-api-version': z.enum(['1', '2']).default('1') })
const Session = z.object({ session: z.string().max(64).optional() })
const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).optional() })

const findItem = (id: string) =>
  id === '1' ? ok({ id, name: 'first' }) : err(OzErr.notExist({ details: { resource: 'item', id } }))

// A dependency that answers after 5 s unless the caller's deadline aborts it first.
const slowDependency = (signal: AbortSignal): Promise<string> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve('late'), 5_000)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })

// A timed-out upstream is still a failing upstream: EXTERNAL_SERVICE (502), with a hint to retry.
const upstreamFailed = (cause: unknown) =>
  OzErr.externalService({ details: { service: 'upstream', retry_after: 1 }, cause })

/** A body that sends one chunk, then fails with the secret in its error. */
const brokenStream = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"route":"stream","part":'))
    },
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      controller.error(new Error(`stream broke: ${SECRET}`))
    },
  })

/**
 * The hostile fixture; `onUnexpected` gets what `errorHandler` and `ozErrorFormatter` mask
 * (without it, the library's default log lines are written to `console.error`).
 */
export const hostileApp = (onUnexpected?: (error: unknown) => void) => {
  const yoga = hostileYoga()
  const trpc = hostileTRPC(onUnexpected)
  const negotiated = negotiatedApp(onUnexpected)
  const app = new Hono()
  // First, so that it also marks what wrapNonErrors and errorHandler answer.
  app.use(async (c, next) => {
    await next()
    c.header(SERVED_BY, 'hostile-app')
  })
  app.use(wrapNonErrors())
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))

  app.get('/health', (c) => c.json({ route: 'health', ok: true }))
  app.get('/items', ozValidator('query', ListQuery), (c) =>
    c.json({ route: 'items.list', ids: ['1'].slice(0, c.req.valid('query').limit ?? 10) }),
  )
  app.get('/items/:id', (c) =>
    respond(
      c,
      findItem(c.req.param('id')).map((item) => ({ route: 'items.get', ...item })),
    ),
  )
  app.post('/items', ozValidator('json', ItemInput), (c) =>
    c.json({ route: 'items.create', ...c.req.valid('json') }, 201),
  )
  app.post('/items/form', ozValidator('form', ItemForm), (c) =>
    c.json({ route: 'items.form', name: c.req.valid('form').name }, 201),
  )
  app.get('/me', ozValidator('header', Versioned), ozValidator('cookie', Session), (c) =>
    c.json({
      route: 'me',
      version: c.req.valid('header')['x-api-version'],
      session: c.req.valid('cookie').session !== undefined,
    }),
  )
  app.post('/echo', async (c) => {
    const body: unknown = await c.req.json()
    return c.json({ route: 'echo', type: Array.isArray(body) ? 'array' : typeof body })
  })
  app.get('/kinds/:kind', (c) => {
    const kind = c.req.param('kind')
    return respond(c, err(isKind(kind) ? SAMPLES[kind] : OzErr.notExist({ details: { resource: 'kind' } })))
  })
  app.get('/kinds/:kind/thrown', (c) => {
    const kind = c.req.param('kind')
    throw new OzException(isKind(kind) ? SAMPLES[kind] : OzErr.notExist())
  })

  app.get('/bug', () => {
    throw new Error(`SELECT * FROM users -- ${SECRET}`, { cause: process.env.OZ_HOSTILE_SECRET })
  })
  app.get('/bug/string', () => {
    throw `leaked ${SECRET}`
  })
  app.get('/bug/path/*', (c) => {
    // A bug whose message quotes the (decoded) path: the log line must stay one line.
    throw new Error(`no handler for ${c.req.path}`)
  })
  app.get('/foreign/:shape/:status', (c) => {
    const shape = c.req.param('shape')
    const status = Number(c.req.param('status'))
    if (!isForeign(shape) || !Number.isInteger(status) || status < 200 || status > 599) {
      return respond(c, err(OzErr.notExist({ details: { resource: 'shape' } })))
    }
    throw FOREIGN[shape](status)
  })
  for (const { path, leak } of VALIDATED) {
    app.post(path, ozValidator('json', leak.schema), (c) => c.json({ route: 'validate' }))
  }
  app.get('/upstream/rejects', async (c) =>
    respond(c, await ResultAsync.fromPromise(Promise.reject(secretCause()), upstreamFailed)),
  )
  app.get('/upstream/slow', async (c) =>
    respond(
      c,
      await ResultAsync.fromPromise(slowDependency(AbortSignal.timeout(DEADLINE_MS)), upstreamFailed),
    ),
  )
  app.get('/upstream/non-error', async () => {
    // A dependency that rejects with a bare object, awaited without a catch.
    await Promise.reject({ dsn: SECRET })
  })
  app.get(
    '/stream/broken',
    () => new Response(brokenStream(), { headers: { 'content-type': 'application/json' } }),
  )
  app.on(['GET', 'POST'], '/graphql', async (c) => {
    const answer = await yoga.fetch(c.req.raw, {})
    const headers = new Headers(answer.headers)
    headers.set(GRAPHQL_MOUNT, 'yoga')
    return new Response(answer.body, { status: answer.status, headers })
  })

  app.all(`${TRPC_ENDPOINT}/*`, async (c) => {
    const answer = await trpc(c.req.raw)
    const headers = new Headers(answer.headers)
    headers.set(TRPC_MOUNT, 'trpc')
    return new Response(answer.body, { status: answer.status, headers })
  })

  // Every renderer again with `format: 'negotiate'` (issue 15); its answers carry NEGOTIATED_MOUNT.
  app.all(`${NEGOTIATED_BASE}/*`, (c) => negotiated.fetch(c.req.raw))

  app.notFound(notFoundHandler)
  app.onError(errorHandler(onUnexpected === undefined ? {} : { onUnexpected }))
  return app
}
