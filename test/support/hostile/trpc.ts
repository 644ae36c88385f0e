// The tRPC half of the hostile fixture: a router with ozErrorFormatter and ozResponseMeta, mounted
// at /trpc/* by app.ts, whose bugs carry the same marker secret. Its answers are judged too.
import { initTRPC, TRPCError } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { OzErr, OzException } from 'oz-errors'
import { ozErrorFormatter, ozResponseMeta } from 'oz-errors/trpc'
import * as v from 'valibot'
import * as z from 'zod'
import { SECRET } from './secret.js'

/** Where app.ts mounts the router. */
export const TRPC_ENDPOINT = '/trpc'

/** The procedures, for the fuzzer: each fails (or not) in its own way. */
export const TRPC_PROCEDURES = [
  'hello',
  'write',
  'bug',
  'bugString',
  'internal',
  'conflict',
  'forbidden',
  'database',
  'echoBug',
  'zod',
  'valibot',
] as const

const router = (onUnexpected: ((error: unknown) => void) | undefined) => {
  const t = initTRPC.create({
    isDev: true,
    errorFormatter: ozErrorFormatter(
      onUnexpected === undefined ? {} : { onUnexpected: (error) => onUnexpected(error) },
    ),
  })
  return t.router({
    hello: t.procedure.query(() => ({ hello: 'world' })),
    write: t.procedure.mutation(() => ({ written: true })),
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
    forbidden: t.procedure.query(() => {
      throw new OzException(OzErr.authForbidden({ details: { required: ['admin'] }, cause: SECRET }))
    }),
    database: t.procedure.query(() => {
      throw new OzException(OzErr.database({ details: { retry_after: 5 }, cause: SECRET }))
    }),
    // A bug whose message quotes what the client sent: the log line must stay one line.
    echoBug: t.procedure.input(z.string().max(256)).query(({ input }) => {
      throw new Error(`no such thing: ${input}`)
    }),
    zod: t.procedure
      .input(z.object({ name: z.string().trim().min(3), limit: z.number().int().max(100) }))
      .mutation(() => ({ ok: true })),
    valibot: t.procedure
      .input(v.object({ name: v.pipe(v.string(), v.trim(), v.minLength(3)), limit: v.number() }))
      .mutation(() => ({ ok: true })),
  })
}

/**
 * The fetch handler of the router, in development mode (tRPC then adds stacks, which the
 * formatter must drop). `onUnexpected` gets what is masked; without it, the default log line.
 */
export const hostileTRPC = (onUnexpected?: (error: unknown) => void) => {
  const procedures = router(onUnexpected)
  const responseMeta = ozResponseMeta()
  return (request: Request): Promise<Response> =>
    fetchRequestHandler({ endpoint: TRPC_ENDPOINT, req: request, router: procedures, responseMeta })
}
