// The hostile fixture's second mount (issue 15): every Hono renderer with `format: 'negotiate'`,
// so each error is answered as problem details or as the Oz body by the request's `Accept`.
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { err, ok } from 'neverthrow'
import { OZ_ERROR_KINDS, OzErr, type OzErrorKind, OzException } from 'oz-errors'
import {
  createMethodNotAllowedHandler,
  createNotFoundHandler,
  errorHandler,
  ozValidator,
  type RenderOptions,
  respond,
  wrapNonErrors,
} from 'oz-errors/hono'
import * as z from 'zod'
import { LEAK_CASES } from '../leak-schemas.js'
import { FOREIGN, type ForeignShape } from '../upstream-errors.js'
import { SAMPLES, SECRET } from './secret.js'

/** Where the negotiated mount is: `/negotiated/*` of the hostile app. */
export const NEGOTIATED_BASE = '/negotiated'

/** Set by the negotiated mount on everything it answers: the judge holds those to `Accept`. */
export const NEGOTIATED_MOUNT = 'x-negotiated'

/** The routes of the mount, for the request arbitraries. */
export const NEGOTIATED_ROUTES = [
  '/items',
  '/items/1',
  '/items/2',
  '/bug',
  '/nowhere',
  '/validate/0',
  ...OZ_ERROR_KINDS.flatMap((kind) => [`/kinds/${kind}`, `/kinds/${kind}/thrown`]),
  ...Object.keys(FOREIGN).flatMap((shape) =>
    [401, 503].map((s) => `/foreign/${encodeURIComponent(shape)}/${s}`),
  ),
  '/hono/401',
  '/hono/429',
  '/hono/503',
].map((path) => `${NEGOTIATED_BASE}${path}`)

/** The `typeBase` of the mount's problem details. */
export const PROBLEM_BASE = 'https://api.example.com/problems/'

const render: RenderOptions = { format: 'negotiate', typeBase: PROBLEM_BASE }

const ItemInput = z.object({ name: z.string().min(1).max(64), count: z.number().int().min(0).max(1000) })
const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).optional() })

const isKind = (name: string): name is OzErrorKind => (OZ_ERROR_KINDS as readonly string[]).includes(name)
const isForeign = (name: string): name is ForeignShape => name in FOREIGN

/** The mount, to be served under `NEGOTIATED_BASE`; `onUnexpected` as for the hostile app. */
export const negotiatedApp = (onUnexpected?: (error: unknown) => void) => {
  const app = new Hono().basePath(NEGOTIATED_BASE)
  app.use(async (c, next) => {
    await next()
    c.header(NEGOTIATED_MOUNT, 'negotiate')
  })
  app.use(wrapNonErrors())
  app.use(methodNotAllowed({ app, onMethodNotAllowed: createMethodNotAllowedHandler(render) }))

  app.get('/items', ozValidator('query', ListQuery, render), (c) =>
    c.json({ route: 'items.list', ids: ['1'].slice(0, c.req.valid('query').limit ?? 10) }),
  )
  app.post('/items', ozValidator('json', ItemInput, render), (c) =>
    c.json({ route: 'items.create', ...c.req.valid('json') }, 201),
  )
  app.get('/items/:id', (c) => {
    const id = c.req.param('id')
    const found =
      id === '1' ? ok({ id, name: 'first' }) : err(OzErr.notExist({ details: { resource: 'item', id } }))
    return respond(
      c,
      found.map((item) => ({ route: 'items.get', ...item })),
      render,
    )
  })
  app.get('/kinds/:kind', (c) => {
    const kind = c.req.param('kind')
    return respond(c, err(isKind(kind) ? SAMPLES[kind] : OzErr.notExist()), render)
  })
  app.get('/kinds/:kind/thrown', (c) => {
    const kind = c.req.param('kind')
    throw new OzException(isKind(kind) ? SAMPLES[kind] : OzErr.notExist())
  })
  app.get('/bug', () => {
    throw new Error(`SELECT * FROM users -- ${SECRET}`, { cause: SECRET })
  })
  app.get('/foreign/:shape/:status', (c) => {
    const shape = c.req.param('shape')
    const status = Number(c.req.param('status'))
    if (!isForeign(shape) || !Number.isInteger(status) || status < 200 || status > 599) {
      return respond(c, err(OzErr.notExist()), render)
    }
    throw FOREIGN[shape](status)
  })
  app.get('/hono/:status', (c) => {
    // Hono's own exception, as its middleware throw it; a 429 with the Retry-After of its res.
    const status = c.req.param('status') === '401' ? 401 : c.req.param('status') === '429' ? 429 : 503
    const res = new Response(null, { status, headers: status === 429 ? { 'retry-after': '7' } : {} })
    throw new HTTPException(status, { message: 'refused by a middleware', res })
  })
  for (const [index, [, leak]] of LEAK_CASES.slice(0, 1).entries()) {
    app.post(`/validate/${index}`, ozValidator('json', leak.schema, render), (c) =>
      c.json({ route: 'validate' }),
    )
  }

  app.notFound(createNotFoundHandler(render))
  app.onError(errorHandler(onUnexpected === undefined ? render : { ...render, onUnexpected }))
  return app
}
