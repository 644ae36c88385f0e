import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { jwt, sign } from 'hono/jwt'
import { fromWire, httpStatus, OzErr, type OzError, OzException } from 'oz-errors'
import { errorHandler, ozValidator, wrapNonErrors } from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

const SECRET = 'sk_live_7f3a9c_do_not_leak'
const JWT_KEY = 'jwt-signing-key-for-tests'

const unexpected: unknown[] = []

const app = new Hono()
  .use(wrapNonErrors())
  .get('/oz', () => {
    throw new OzException(OzErr.authForbidden({ details: { required: ['admin'] }, cause: new Error(SECRET) }))
  })
  .get('/thrown-oz-error', () => {
    throw OzErr.notExist({ details: { resource: 'folder', id: '7' } })
  })
  .get('/error', () => {
    throw new Error(SECRET)
  })
  .get('/string', () => {
    throw SECRET
  })
  .get('/object', () => {
    throw { secret: SECRET }
  })
  .get('/undefined', () => {
    throw undefined
  })
  .get('/http/:status', (c) => {
    // HTTPException takes a status-code literal type; the tests request only real 4xx codes.
    const status = Number(c.req.param('status')) as 400
    throw new HTTPException(status, { message: c.req.query('message') ?? '' })
  })
  .get('/http-401-header', () => {
    throw new HTTPException(401, {
      res: new Response(null, { headers: { 'WWW-Authenticate': 'Basic realm="admin"' } }),
    })
  })
  .get('/http-405', () => {
    throw new HTTPException(405, { res: new Response(null, { headers: { Allow: 'GET, HEAD' } }) })
  })
  .get('/http-429', () => {
    throw new HTTPException(429, { res: new Response('slow down', { headers: { 'Retry-After': '12' } }) })
  })
  .get('/http-401-cause', () => {
    // A 401 whose cause is some other error than the jwt middleware's expired token.
    throw new HTTPException(401, { cause: new Error('signature mismatch') })
  })
  .get('/http-503', () => {
    throw new HTTPException(503, { message: SECRET })
  })
  .get('/http-302', () => {
    throw new HTTPException(302, { res: new Response(null, { headers: { Location: '/elsewhere' } }) })
  })
  .post('/json', async (c) => c.json(await c.req.json()))
  .post('/own-syntax-error', async (c) => {
    await c.req.json()
    return c.json(JSON.parse('{"stored": oops}'))
  })
  .post('/validated', ozValidator('json', z.object({ name: z.string() })), (c) => c.json(c.req.valid('json')))
  .post('/limited', bodyLimit({ maxSize: 8 }), (c) => c.text('ok'))
  .get('/bearer', bearerAuth({ token: 'right-token' }), (c) => c.text('ok'))
  .get('/jwt', jwt({ secret: JWT_KEY, alg: 'HS256' }), (c) => c.text('ok'))
  .onError(errorHandler({ realm: 'files', onUnexpected: (error) => unexpected.push(error) }))

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

/** Fetches, checks the secret is nowhere in the response, and decodes the body. */
const call = async (path: string, init?: RequestInit): Promise<{ response: Response; error: OzError }> => {
  const response = await fetch(server.url + path, init)
  const text = await response.text()
  expect(text).not.toContain(SECRET)
  for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(SECRET)
  expect(response.headers.get('content-type')).toBe('application/json')
  return { response, error: fromWire(JSON.parse(text))._unsafeUnwrap() }
}

const postJson = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
})

describe('errorHandler: our own errors', () => {
  it('renders a thrown OzException with its status and details, never its cause', async () => {
    const { response, error } = await call('/oz')
    expect(response.status).toBe(403)
    expect(error).toStrictEqual(OzErr.authForbidden({ details: { required: ['admin'] } }))
  })

  it('renders an OzError thrown as a plain object (through wrapNonErrors)', async () => {
    const { response, error } = await call('/thrown-oz-error')
    expect(response.status).toBe(404)
    expect(error).toStrictEqual(OzErr.notExist({ details: { resource: 'folder', id: '7' } }))
  })
})

describe('errorHandler: anything else is a masked UNKNOWN 500', () => {
  it.each([
    ['a thrown Error', '/error'],
    ['a thrown string', '/string'],
    ['a thrown object', '/object'],
    ['a thrown undefined', '/undefined'],
  ])('masks %s and hands it to onUnexpected', async (_, path) => {
    const before = unexpected.length
    const { response, error } = await call(path)
    expect(response.status).toBe(500)
    expect(error).toStrictEqual(OzErr.unknown())
    expect(unexpected.length).toBe(before + 1)
  })

  it('hands onUnexpected the thrown value itself, not a wrapper', async () => {
    await call('/string')
    expect(unexpected.at(-1)).toBe(SECRET)
    await call('/object')
    expect(unexpected.at(-1)).toStrictEqual({ secret: SECRET })
  })

  it('masks a 500 HTTPException, message included, and reports it', async () => {
    const { response, error } = await call(`/http/500?message=${SECRET}`)
    expect(response.status).toBe(500)
    expect(error).toStrictEqual(OzErr.unknown())
    expect(unexpected.at(-1)).toBeInstanceOf(HTTPException)
  })

  it('masks a 5xx HTTPException, message included, and reports it', async () => {
    const { response, error } = await call('/http-503')
    expect(response.status).toBe(500)
    expect(error).toStrictEqual(OzErr.unknown())
    expect(unexpected.at(-1)).toBeInstanceOf(HTTPException)
  })

  it("treats a SyntaxError from the app's own JSON.parse as unexpected, not as the client's fault", async () => {
    const { response, error } = await call('/own-syntax-error', postJson('{"fine": true}'))
    expect(response.status).toBe(500)
    expect(error.kind).toBe('UNKNOWN')
  })
})

describe("errorHandler: Hono's HTTPException maps by status", () => {
  it('maps 401 without credentials to AUTH_NOT_PROVIDED with our challenge', async () => {
    const { response, error } = await call('/http/401')
    expect(response.status).toBe(401)
    expect(error.kind).toBe('AUTH_NOT_PROVIDED')
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="files"')
  })

  it('maps a 401 caused by another error than an expired token by its credentials, not to AUTH_EXPIRED', async () => {
    expect((await call('/http-401-cause')).error.kind).toBe('AUTH_NOT_PROVIDED')
    const { error } = await call('/http-401-cause', { headers: { authorization: 'Bearer nope' } })
    expect(error.kind).toBe('AUTH_INVALID')
  })

  it('maps 401 with credentials to AUTH_INVALID with an invalid_token challenge', async () => {
    const { response, error } = await call('/http/401', { headers: { authorization: 'Bearer nope' } })
    expect(error.kind).toBe('AUTH_INVALID')
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it("keeps the exception's own challenge (a Basic realm stays Basic)", async () => {
    const { response } = await call('/http-401-header')
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="admin"')
  })

  it.each([
    [400, 'INVALID_STRUCTURE'],
    [403, 'AUTH_FORBIDDEN'],
    [404, 'NOT_EXIST'],
    [409, 'INVALID_STRUCTURE'],
  ] as const)('maps %i to %s, answered with the status of that kind', async (status, kind) => {
    const { response, error } = await call(`/http/${status}`)
    expect(error.kind).toBe(kind)
    expect(response.status).toBe(httpStatus(error))
  })

  it("keeps a 4xx exception's message, written for the client, and uses the default when empty", async () => {
    const { error } = await call(`/http/403?message=${encodeURIComponent('Only owners may delete a folder')}`)
    expect(error.message).toBe('Only owners may delete a folder')
    expect((await call('/http/403')).error.message).toBe(OzErr.authForbidden().message)
  })

  it('maps 405 to NOT_ALLOWED with the Allow of the exception in details and header', async () => {
    const { response, error } = await call('/http-405')
    expect(response.status).toBe(405)
    expect(error).toStrictEqual(OzErr.notAllowed({ details: { method: 'GET', allowed: ['GET', 'HEAD'] } }))
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('answers 429 with the status of its kind, keeping its Retry-After so clients still back off', async () => {
    const { response, error } = await call('/http-429')
    expect(response.status).toBe(400)
    expect(error.kind).toBe('INVALID_STRUCTURE')
    expect(response.headers.get('retry-after')).toBe('12')
  })

  it('passes a non-error HTTPException (a redirect) through as Hono would', async () => {
    const response = await fetch(`${server.url}/http-302`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/elsewhere')
  })

  it("maps hono/body-limit's 413 to INVALID_STRUCTURE 400", async () => {
    const { response, error } = await call('/limited', { method: 'POST', body: 'x'.repeat(100) })
    expect(response.status).toBe(400)
    expect(error.kind).toBe('INVALID_STRUCTURE')
  })
})

describe("errorHandler with Hono's auth middleware", () => {
  it('renders bearer-auth without a token as AUTH_NOT_PROVIDED with its challenge', async () => {
    const { response, error } = await call('/bearer')
    expect(response.status).toBe(401)
    expect(error.kind).toBe('AUTH_NOT_PROVIDED')
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm=/)
  })

  it('renders bearer-auth with a wrong token as AUTH_INVALID', async () => {
    const { response, error } = await call('/bearer', { headers: { authorization: 'Bearer wrong-token' } })
    expect(error.kind).toBe('AUTH_INVALID')
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('renders an expired JWT as AUTH_EXPIRED, without echoing the token', async () => {
    const token = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) - 60 }, JWT_KEY)
    const { response, error } = await call('/jwt', { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(401)
    expect(error.kind).toBe('AUTH_EXPIRED')
    expect(JSON.stringify(error)).not.toContain(token)
  })
})

describe('errorHandler: malformed JSON bodies', () => {
  it('renders a body c.req.json() cannot parse as INVALID_STRUCTURE 400, not echoing it', async () => {
    const body = `{"password": "${SECRET}"`
    const { response, error } = await call('/json', postJson(body))
    expect(response.status).toBe(400)
    expect(error).toStrictEqual(OzErr.invalidStructure({ message: 'Malformed JSON in request body' }))
  })

  it("renders the validator's malformed JSON the same way", async () => {
    const { response, error } = await call('/validated', postJson(`{"name": ${SECRET}`))
    expect(response.status).toBe(400)
    expect(error).toStrictEqual(OzErr.invalidStructure({ message: 'Malformed JSON in request body' }))
  })
})
