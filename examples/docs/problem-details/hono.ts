import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { OzErr } from 'oz-errors'
import {
  createMethodNotAllowedHandler,
  createNotFoundHandler,
  errorHandler,
  errorResponse,
  type RenderOptions,
} from 'oz-errors/hono'

const render: RenderOptions = { format: 'negotiate', typeBase: 'https://api.example.com/problems/' }

const app = new Hono()
app.use(methodNotAllowed({ app, onMethodNotAllowed: createMethodNotAllowedHandler(render) }))
app.onError(errorHandler(render))
app.notFound(createNotFoundHandler(render))
app.get('/legacy', () => errorResponse(OzErr.notRealized(), { format: 'problem' }))

const res = await app.request('/nowhere', { headers: { accept: 'application/problem+json' } })
console.log(res.status, res.headers.get('content-type'), res.headers.get('vary'))
// 404 application/problem+json Accept
