import { serve } from '@hono/node-server'
import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { Hono } from 'hono'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { ozErrorFormatter, ozResponseMeta, toTRPCError, unwrapOrThrow } from 'oz-errors/trpc'
import { z } from 'zod'

interface Folder {
  readonly id: string
  readonly name: string
}
const folders = new Map<string, Folder>([['1', { id: '1', name: 'Inbox' }]])
const findFolder = (id: string): Result<Folder, OzError> => {
  const folder = folders.get(id)
  return folder ? ok(folder) : err(OzErr.notExist({ details: { resource: 'folder', id } }))
}

const t = initTRPC.context<{ token: string | null }>().create({
  errorFormatter: ozErrorFormatter({ onUnexpected: (error, { path }) => console.error(path, error) }),
})

// No token → 401 with `WWW-Authenticate: Bearer realm="files"` (set by ozResponseMeta).
const authed = t.procedure.use(({ ctx, next }) => {
  if (ctx.token === null) throw toTRPCError(OzErr.authNotProvided())
  return next({ ctx: { token: ctx.token } })
})

export const appRouter = t.router({
  // err(NOT_EXIST) → 404, `data.oz: { error_code: 10, … }`.
  folder: authed.input(z.string()).query(({ input }) => unwrapOrThrow(findFolder(input))),
  // A bad input → INVALID_STRUCTURE 400 with `details.issues`.
  rename: authed
    .input(z.object({ id: z.string(), name: z.string().min(1) }))
    .mutation(({ input }) => unwrapOrThrow(findFolder(input.id).map((f) => ({ ...f, name: input.name })))),
})
export type AppRouter = typeof appRouter

const app = new Hono().all('/trpc/*', (c) =>
  fetchRequestHandler({
    endpoint: '/trpc',
    req: c.req.raw,
    router: appRouter,
    createContext: () => ({ token: c.req.header('authorization') ?? null }),
    responseMeta: ozResponseMeta({ realm: 'files' }),
  }),
)

serve({ fetch: app.fetch, port: 3000 })
