import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import type { Clock, Session, Store, User } from './store.js'

/** What `POST /api/authorize/auth` and `/refresh` answer, in the Oz API's names. */
export interface TokenPair {
  readonly user_id: string
  readonly access_token: string
  /** The refresh credential: send it to `/api/authorize/refresh` when the access token expires. */
  readonly expire_token: string
  /** When the access token expires (ISO 8601). */
  readonly access_expires_at: string
}

export interface AuthDeps {
  readonly store: Store
  readonly clock: Clock
  /** Access token lifetime in seconds. */
  readonly tokenTtl: number
}

const REFRESH_TTL_MS = 24 * 60 * 60 * 1000

const pairOf = (session: Session): TokenPair => ({
  user_id: session.user_id,
  access_token: session.access_token,
  expire_token: session.expire_token,
  access_expires_at: new Date(session.access_expires).toISOString(),
})

const issue = (deps: AuthDeps, user_id: string, expire_token: string): Result<TokenPair, OzError> => {
  const now = deps.clock.now()
  return deps.store
    .putSession({
      user_id,
      access_token: crypto.randomUUID(),
      expire_token,
      access_expires: now + deps.tokenTtl * 1000,
      refresh_expires: now + REFRESH_TTL_MS,
    })
    .map(pairOf)
}

/** Email and password to a fresh session. A wrong pair is `AUTH_INVALID`, whichever half is wrong. */
export const login = (deps: AuthDeps, email: string, password: string): Result<TokenPair, OzError> =>
  deps.store.userByEmail(email).andThen((user) => {
    if (user === undefined || user.password !== password) {
      return err(OzErr.authInvalid({ message: 'The email or password is wrong' }))
    }
    return issue(deps, user.user_id, crypto.randomUUID())
  })

/**
 * A new access token for a session's refresh credential. The credential is kept, so a client
 * that lost the answer can simply refresh again.
 */
export const refresh = (deps: AuthDeps, expireToken: string): Result<TokenPair, OzError> =>
  deps.store.sessionByRefresh(expireToken).andThen((session) => {
    if (session === undefined) return err(OzErr.authInvalid({ message: 'The refresh token is not known' }))
    if (session.refresh_expires <= deps.clock.now()) {
      return err(
        OzErr.authExpired({
          message: 'The refresh token is expired, log in again',
          details: { expired_at: new Date(session.refresh_expires).toISOString() },
        }),
      )
    }
    return issue(deps, session.user_id, session.expire_token)
  })

/** The user behind an access token, or why there is none (codes 6, 7, 8). */
export const authenticate = (deps: AuthDeps, token: string | undefined): Result<User, OzError> => {
  if (token === undefined || token === '') return err(OzErr.authNotProvided())
  return deps.store.session(token).andThen((session) => {
    if (session === undefined) return err(OzErr.authInvalid())
    if (session.access_expires <= deps.clock.now()) {
      return err(
        OzErr.authExpired({ details: { expired_at: new Date(session.access_expires).toISOString() } }),
      )
    }
    return deps.store
      .user(session.user_id)
      .andThen((user) => (user === undefined ? err(OzErr.authInvalid()) : ok(user)))
  })
}

/** Admin-only actions: `AUTH_FORBIDDEN` with the role that would have been needed. */
export const requireAdmin = (user: User): Result<User, OzError> =>
  user.role === 'admin' ? ok(user) : err(OzErr.authForbidden({ details: { required: ['admin'] } }))
