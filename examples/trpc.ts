import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Context } from 'hono'
import { OzErr } from 'oz-errors'
import { ozErrorFormatter, ozResponseMeta, toTRPCError, unwrapOrThrow } from 'oz-errors/trpc'
import { z } from 'zod'
import { type AuthDeps, authenticate, login, refresh } from './auth.js'
import {
  createFolder,
  type Deps,
  deleteFolder,
  folderReport,
  getAnalysis,
  getFolder,
  listFolders,
  patchFolder,
  startAnalyses,
} from './folders.js'
import { type AppEnv, CHALLENGE, tokenOf } from './http.js'
import { parsePaging } from './paging.js'
import { analysesBody, credentialsBody, folderBody, folderPatch, refreshBody } from './schemas.js'

/** What every procedure starts from: the request's access token, if it sent one. */
interface TRPCContext {
  readonly token: string | undefined
}

export type OnUnexpected = (error: unknown, c: Context<AppEnv>) => void

// Numbers rather than REST's query strings; `parsePaging` still decides the range and that
// they are whole (1.5 is INVALID_TYPE, 1000 INVALID_VALUE), as for REST and GraphQL.
const paging = z.object({ offset: z.number().optional(), limit: z.number().optional() }).optional()

const makeRouter = (deps: Deps & AuthDeps, onUnexpected: (error: unknown, ctx: unknown) => void) => {
  const t = initTRPC.context<TRPCContext>().create({
    // What was thrown is the TRPCError's cause: the server's log gets that, as REST's does.
    errorFormatter: ozErrorFormatter({ onUnexpected: (error, { ctx }) => onUnexpected(error.cause, ctx) }),
  })
  // A missing, unknown or expired token fails the call: 401, challenged by ozResponseMeta.
  const authed = t.procedure.use(({ ctx, next }) =>
    next({ ctx: { user: unwrapOrThrow(authenticate(deps, ctx.token)) } }),
  )
  return t.router({
    auth: {
      login: t.procedure
        .input(credentialsBody)
        .mutation(({ input }) =>
          unwrapOrThrow(login(deps, input.credentials.email, input.credentials.password)),
        ),
      refresh: t.procedure
        .input(refreshBody)
        .mutation(({ input }) => unwrapOrThrow(refresh(deps, input.expire_token))),
    },
    me: authed.query(({ ctx: { user } }) => ({ user_id: user.user_id, email: user.email, role: user.role })),
    folders: {
      list: authed
        .input(paging)
        .query(({ ctx, input }) =>
          unwrapOrThrow(
            parsePaging({ offset: input?.offset?.toString(), limit: input?.limit?.toString() }).andThen(
              (page) => listFolders(deps, ctx.user, page),
            ),
          ),
        ),
      get: authed
        .input(z.string())
        .query(({ ctx, input }) => unwrapOrThrow(getFolder(deps, ctx.user, input))),
      create: authed
        .input(folderBody)
        .mutation(({ ctx, input }) => unwrapOrThrow(createFolder(deps, ctx.user, input))),
      patch: authed
        .input(folderPatch.extend({ id: z.string() }))
        .mutation(({ ctx, input: { id, ...patch } }) =>
          unwrapOrThrow(patchFolder(deps, ctx.user, id, patch)),
        ),
      delete: authed
        .input(z.string())
        .mutation(({ ctx, input }) => unwrapOrThrow(deleteFolder(deps, ctx.user, input).map(() => true))),
      startAnalyses: authed
        .input(analysesBody.extend({ folder_id: z.string() }))
        .mutation(({ ctx, input: { folder_id, ...body } }) =>
          unwrapOrThrow(startAnalyses(deps, ctx.user, folder_id, body)),
        ),
      // In the API's documentation, not built here yet, as for REST.
      uploadMedia: authed.input(z.string()).mutation(() => {
        throw toTRPCError(
          OzErr.notRealized({ message: 'Media upload is documented but not built in this example' }),
        )
      }),
    },
    analyses: {
      get: authed
        .input(z.string())
        .query(({ ctx, input }) => unwrapOrThrow(getAnalysis(deps, ctx.user, input))),
    },
    admin: {
      // The deliberate bug (see folderReport): a masked UNKNOWN, the TypeError to onUnexpected.
      report: authed.query(({ ctx }) => unwrapOrThrow(folderReport(deps, ctx.user))),
    },
  })
}

export type AppRouter = ReturnType<typeof makeRouter>

/**
 * tRPC at `/trpc` over the same domain functions as REST and GraphQL, for tRPC's fetch adapter
 * inside the Hono app. Procedures hand their `Result`s to `unwrapOrThrow`; `ozErrorFormatter`
 * gives each failure its kind's status and `data.oz`, `ozResponseMeta` the headers it owes
 * (`WWW-Authenticate` with the realm `oz`, `Retry-After`, `Allow`).
 */
export const createTRPC = (deps: Deps & AuthDeps, onUnexpected: OnUnexpected) => {
  // The Hono context of each call's tRPC context, so the server's log knows the request.
  const requests = new WeakMap<object, Context<AppEnv>>()
  const router = makeRouter(deps, (error, ctx) => {
    const c = typeof ctx === 'object' && ctx !== null ? requests.get(ctx) : undefined
    if (c === undefined) console.error('unexpected error in a tRPC call:', error)
    else onUnexpected(error, c)
  })
  const responseMeta = ozResponseMeta(CHALLENGE)
  return (c: Context<AppEnv>): Promise<Response> =>
    fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router,
      responseMeta,
      createContext: () => {
        const ctx: TRPCContext = { token: tokenOf(c.req.raw.headers) }
        requests.set(ctx, c)
        return ctx
      },
    })
}
