import { createMiddleware } from 'hono/factory'
import { errorResponse } from 'oz-errors/hono'
import { type AuthDeps, authenticate } from './auth.js'
import type { User } from './store.js'

export type AppEnv = { Variables: { user: User } }

export const TOKEN_HEADER = 'X-Forensic-Access-Token'

/**
 * How 401s challenge the client. The token also works as `Authorization: Bearer …`, so a
 * generic HTTP client that follows the challenge gets in as well.
 */
export const CHALLENGE = { authScheme: 'Bearer', realm: 'oz' } as const

/** The access token of a request: the Oz header first, else a Bearer `Authorization`. */
export const tokenOf = (headers: Headers): string | undefined => {
  const own = headers.get(TOKEN_HEADER)
  if (own !== null) return own.trim()
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')
  return match?.[1]
}

/** Puts the request's user in `c.var.user`, or answers 401 (codes 6, 7, 8) or 503 (store down). */
export const requireUser = (deps: AuthDeps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = authenticate(deps, tokenOf(c.req.raw.headers))
    if (user.isErr()) return errorResponse(user.error, CHALLENGE)
    c.set('user', user.value)
    await next()
  })
