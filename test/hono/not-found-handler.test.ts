import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { fromWire, OzErr } from 'oz-errors'
import { errorHandler, methodNotAllowedHandler, notFoundHandler, wrapNonErrors } from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

const app = new Hono()
app.use(wrapNonErrors())
app.use(async (c, next) => {
  c.header('x-request-id', 'req-1')
  await next()
})
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
app.get('/folders', (c) => c.json([]))
app.post('/folders', (c) => c.json({}, 201))
app.delete('/folders/:id', (c) => c.body(null, 204))
app.get('/no-allow', () => {
  throw new HTTPException(405)
})
app.notFound(notFoundHandler)
app.onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const decode = async (response: Response) => fromWire(await response.json())._unsafeUnwrap()

describe('notFoundHandler', () => {
  it('answers an unknown path with NOT_EXIST 404 and no details', async () => {
    const response = await fetch(`${server.url}/nowhere?q=<script>`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await decode(response)).toStrictEqual(OzErr.notExist())
  })

  it('keeps headers that middleware set with c.header() before the handler', async () => {
    const response = await fetch(`${server.url}/nowhere`)
    expect(response.headers.get('x-request-id')).toBe('req-1')
  })
})

describe('methodNotAllowedHandler', () => {
  it('answers a known path with a wrong method with NOT_ALLOWED 405, details and Allow', async () => {
    const response = await fetch(`${server.url}/folders`, { method: 'PUT' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
    expect(await decode(response)).toStrictEqual(
      OzErr.notAllowed({ details: { method: 'PUT', allowed: ['GET', 'HEAD', 'POST'] } }),
    )
  })

  it('finds the allowed methods of a parameterised route', async () => {
    const response = await fetch(`${server.url}/folders/42`, { method: 'GET' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('DELETE')
  })

  it('sends an empty Allow over the wire when an HTTPException 405 names no methods', async () => {
    const response = await fetch(`${server.url}/no-allow`)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('')
    expect(await decode(response)).toStrictEqual(
      OzErr.notAllowed({ details: { method: 'GET', allowed: [] } }),
    )
  })

  it('leaves routes that match alone', async () => {
    const response = await fetch(`${server.url}/folders`, { method: 'POST' })
    expect(response.status).toBe(201)
  })
})

describe('app.request() without a socket', () => {
  it('renders the same 404 body', async () => {
    expect(await decode(await app.request('/nowhere'))).toStrictEqual(OzErr.notExist())
  })

  it('renders the same 405 with Allow', async () => {
    const response = await app.request('/folders', { method: 'PATCH' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  })
})
