import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { fromWire, OZ_ERROR_KINDS, type OzErrorKind, OzException, ozError } from 'oz-errors'
import {
  errorHandler,
  methodNotAllowedHandler,
  notFoundHandler,
  ozValidator,
  wrapNonErrors,
} from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

const SECRET = 'internal-secret-4c1d'

const app = new Hono()
app.use(wrapNonErrors())
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
app.get('/health', (c) => c.json({ ok: true }))
app.get('/kind/:kind', async (c) => {
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 5))
  // The test only requests the 13 kind names.
  throw new OzException(ozError(c.req.param('kind') as OzErrorKind))
})
app.get('/throw-string', () => {
  throw SECRET
})
app.get('/throw-error', async () => {
  await Promise.resolve()
  throw new Error(SECRET)
})
app.get('/http-403', () => {
  throw new HTTPException(403)
})
app.post('/json', async (c) => c.json(await c.req.json()))
app.post('/validated', ozValidator('json', z.object({ n: z.number() })), (c) => c.json(c.req.valid('json')))
app.notFound(notFoundHandler)
app.onError(errorHandler({ onUnexpected: () => {} }))

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const json = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
})

// Each case: a request and the kind its answer must decode to.
const CASES: ReadonlyArray<readonly [string, RequestInit | undefined, OzErrorKind]> = [
  ...OZ_ERROR_KINDS.map((kind) => [`/kind/${kind}`, undefined, kind] as const),
  ['/throw-string', undefined, 'UNKNOWN'],
  ['/throw-error', undefined, 'UNKNOWN'],
  ['/http-403', undefined, 'AUTH_FORBIDDEN'],
  ['/json', json('{"broken"'), 'INVALID_STRUCTURE'],
  ['/validated', json('{"n":"one"}'), 'INVALID_STRUCTURE'],
  ['/nowhere', undefined, 'NOT_EXIST'],
  ['/health', { method: 'DELETE' }, 'NOT_ALLOWED'],
]

describe('under load', () => {
  it('answers 500 concurrent mixed failures with decodable bodies and stays healthy', async () => {
    const requests = Array.from({ length: Math.ceil(500 / CASES.length) }, () => CASES)
      .flat()
      .slice(0, 500)
    const answers = await Promise.all(
      requests.map(async (entry) => {
        const [path, init] = entry
        const response = await fetch(server.url + path, init)
        const text = await response.text()
        return { status: response.status, text, decoded: fromWire(JSON.parse(text)) }
      }),
    )
    answers.forEach(({ text, decoded }, i) => {
      expect(text).not.toContain(SECRET)
      expect(decoded._unsafeUnwrap().kind).toBe(requests[i]?.[2])
    })
    expect(answers.every(({ status }) => status >= 400)).toBe(true)

    const health = await fetch(`${server.url}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toStrictEqual({ ok: true })
  })
})
