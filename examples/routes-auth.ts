import { Hono } from 'hono'
import { ozValidator, respond } from 'oz-errors/hono'
import { type AuthDeps, login, refresh } from './auth.js'
import { CHALLENGE } from './http.js'
import { credentialsBody, refreshBody } from './schemas.js'

/** `POST /authorize/auth` and `POST /authorize/refresh`: the only routes without a token. */
export const authRoutes = (deps: AuthDeps) =>
  new Hono()
    .post('/authorize/auth', ozValidator('json', credentialsBody), (c) => {
      const { email, password } = c.req.valid('json').credentials
      return respond(c, login(deps, email, password), 200, CHALLENGE)
    })
    .post('/authorize/refresh', ozValidator('json', refreshBody), (c) =>
      respond(c, refresh(deps, c.req.valid('json').expire_token), 200, CHALLENGE),
    )
