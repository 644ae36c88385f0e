// Only our errors and Hono's own HTTPException are believed (issue 11 §3): an error that merely
// has a getResponse() is foreign, so its message, status and headers never reach the client.
import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'
import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { fromWire, OzErr, type OzError } from 'oz-errors'
import { errorHandler, ozValidator, wrapNonErrors } from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'
import { FOREIGN, type ForeignShape, INTERNAL_HOST, UPSTREAM_TOKEN } from '../support/upstream-errors.js'

const SHAPES = Object.keys(FOREIGN) as ForeignShape[]
const isShape = (name: string): name is ForeignShape => name in FOREIGN

// An HTTPException whose response its subclass builds: Hono sends that, never the message.
class RenderedException extends HTTPException {
  override getResponse(): Response {
    return new Response('see the docs', { status: this.status })
  }
}

const unexpected: unknown[] = []

const app = new Hono()
  .use(wrapNonErrors())
  .get('/foreign/:shape/:status', (c) => {
    const shape = c.req.param('shape')
    if (!isShape(shape)) return c.text('no such shape', 400)
    throw FOREIGN[shape](Number(c.req.param('status')))
  })
  .get('/hono/with-res', () => {
    throw new HTTPException(403, { message: `internal: ${UPSTREAM_TOKEN}`, res: new Response('Forbidden') })
  })
  .get('/hono/without-res', () => {
    throw new HTTPException(403, { message: 'Only owners may delete a folder' })
  })
  .get('/hono/subclass', () => {
    throw new RenderedException(403, { message: `internal: ${UPSTREAM_TOKEN}` })
  })
  .get(
    '/bearer',
    bearerAuth({ token: 'right-token', noAuthenticationHeader: { message: 'no token here' } }),
    (c) => c.text('ok'),
  )
  .get('/basic', basicAuth({ username: 'u', password: 'p' }), (c) => c.text('ok'))
  .post('/limited', bodyLimit({ maxSize: 8 }), (c) => c.text('ok'))
  .post('/validated', ozValidator('json', z.object({ name: z.string() })), (c) => c.json(c.req.valid('json')))
  .onError(errorHandler({ realm: 'files', onUnexpected: (error) => unexpected.push(error) }))

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const call = async (path: string, init?: RequestInit): Promise<{ response: Response; error: OzError }> => {
  const response = await fetch(server.url + path, { redirect: 'manual', ...init })
  const text = await response.text()
  for (const planted of [UPSTREAM_TOKEN, INTERNAL_HOST]) {
    expect(text).not.toContain(planted)
    for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(planted)
  }
  expect(response.headers.get('content-type')).toBe('application/json')
  return { response, error: fromWire(JSON.parse(text))._unsafeUnwrap() }
}

describe('errorHandler: a foreign error that carries a response', () => {
  it.each(SHAPES.flatMap((shape) => [302, 401, 404, 429, 503].map((status) => [shape, status] as const)))(
    'masks %s (upstream %i) as UNKNOWN 500, forwarding none of its headers, and reports it',
    async (shape, status) => {
      const before = unexpected.length
      const { response, error } = await call(`/foreign/${encodeURIComponent(shape)}/${status}`)
      expect(response.status).toBe(500)
      expect(error).toStrictEqual(OzErr.unknown())
      for (const name of ['www-authenticate', 'retry-after', 'location', 'x-upstream-host']) {
        expect(response.headers.get(name)).toBeNull()
      }
      expect(unexpected).toHaveLength(before + 1)
      expect(unexpected.at(-1)).toBeInstanceOf(Error)
    },
  )
})

describe("errorHandler: an HTTPException's message reaches the client exactly when Hono would send it", () => {
  it('sends the message of one built without res (Hono sends the message)', async () => {
    const { response, error } = await call('/hono/without-res')
    expect(response.status).toBe(403)
    expect(error).toStrictEqual(OzErr.authForbidden({ message: 'Only owners may delete a folder' }))
  })

  it('sends the default message of one built with res (Hono sends res, not the message)', async () => {
    const { error } = await call('/hono/with-res')
    expect(error).toStrictEqual(OzErr.authForbidden())
  })

  it('sends the default message of a subclass with its own getResponse', async () => {
    const { error } = await call('/hono/subclass')
    expect(error).toStrictEqual(OzErr.authForbidden())
  })

  it("keeps hono/bearer-auth's challenge, not the message it put in its res", async () => {
    const { response, error } = await call('/bearer')
    expect(error).toStrictEqual(OzErr.authNotProvided())
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm=/)
  })

  it("keeps hono/basic-auth's Basic challenge", async () => {
    const { response, error } = await call('/basic')
    expect(error).toStrictEqual(OzErr.authNotProvided())
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /)
  })

  it("answers hono/body-limit's 413 (built with res) with the default message", async () => {
    const { error } = await call('/limited', { method: 'POST', body: 'x'.repeat(100) })
    expect(error).toStrictEqual(OzErr.invalidStructure())
  })

  it("keeps hono/validator's own message for a malformed body (built without res)", async () => {
    const { error } = await call('/validated', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    })
    expect(error).toStrictEqual(OzErr.invalidStructure({ message: 'Malformed JSON in request body' }))
  })
})
