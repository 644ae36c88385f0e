// Every renderer that sees the request takes `format`; both bodies carry the same error.
import fc from 'fast-check'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { err } from 'neverthrow'
import { fromProblem, fromWire, httpStatus, OzErr, OzException, toProblem, toWire } from 'oz-errors'
import {
  createMethodNotAllowedHandler,
  createNotFoundHandler,
  errorHandler,
  errorResponse,
  type OzFormat,
  ozValidator,
  respond,
} from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { ozErrorArb } from '../support/arbitraries.js'
import { listen, type Served } from '../support/serve.js'

const PROBLEM = { accept: 'application/problem+json' }
const OZ = { accept: 'application/json' }

const appWith = (format: OzFormat | undefined) => {
  const options = format === undefined ? {} : { format }
  const app = new Hono()
  app.use(methodNotAllowed({ app, onMethodNotAllowed: createMethodNotAllowedHandler(options) }))
  app.onError(errorHandler(options))
  app.notFound(createNotFoundHandler(options))
  app.post('/throw', async (c) => {
    throw new OzException(fromWire(await c.req.json())._unsafeUnwrap())
  })
  app.get('/respond', (c) => respond(c, err(OzErr.authExpired()), { status: 200, ...options }))
  app.post('/validate', ozValidator('json', z.object({ name: z.string() }), options), (c) => c.json({}))
  return app
}

const headersOf = (response: Response): Record<string, string> => {
  const { 'content-type': _, 'content-length': __, ...rest } = Object.fromEntries(response.headers)
  return rest
}

describe('format', () => {
  const negotiated = appWith('negotiate')

  it('gives both bodies the same kind, status and headers for every error', async () => {
    await fc.assert(
      fc.asyncProperty(ozErrorArb, async (error) => {
        const ask = (headers: Record<string, string>) =>
          negotiated.request('/throw', { method: 'POST', headers, body: JSON.stringify(toWire(error)) })
        const [problem, oz] = await Promise.all([ask(PROBLEM), ask(OZ)])
        expect([problem.status, oz.status]).toEqual([httpStatus(error), httpStatus(error)])
        expect(headersOf(problem)).toEqual(headersOf(oz))
        expect(problem.headers.get('vary')).toBe('Accept')
        expect(problem.headers.get('content-type')).toBe('application/problem+json')
        expect(oz.headers.get('content-type')).toBe('application/json')
        expect(fromProblem(await problem.json())._unsafeUnwrap()).toStrictEqual(error)
        expect(fromWire(await oz.json())._unsafeUnwrap()).toStrictEqual(error)
      }),
      { numRuns: 200 },
    )
  })

  it.each([
    ['errorHandler', '/throw', { method: 'POST', body: JSON.stringify(toWire(OzErr.notRealized())) }, 501],
    ['respond', '/respond', {}, 401],
    [
      'ozValidator',
      '/validate',
      { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } },
      400,
    ],
    ['createNotFoundHandler', '/nowhere', {}, 404],
    ['createMethodNotAllowedHandler', '/respond', { method: 'DELETE' }, 405],
  ] as const)(
    "%s answers problem details with format 'problem', the Oz body by default",
    async (_, path, init, status) => {
      const problem = await appWith('problem').request(path, init)
      const oz = await appWith(undefined).request(path, init)
      expect([problem.status, oz.status]).toEqual([status, status])
      expect(problem.headers.get('content-type')).toBe('application/problem+json')
      expect(oz.headers.get('content-type')).toBe('application/json')
      expect([problem.headers.get('vary'), oz.headers.get('vary')]).toEqual([null, null])
      const fromOz = fromWire(await oz.json())._unsafeUnwrap()
      expect(fromProblem(await problem.json())._unsafeUnwrap()).toStrictEqual(fromOz)
    },
  )

  it('adds Accept to a Vary that middleware already set', async () => {
    const app = new Hono()
    app.use(cors({ origin: 'https://app.example.com' }))
    app.notFound(createNotFoundHandler({ format: 'negotiate' }))
    const response = await app.request('/x', { headers: { origin: 'https://app.example.com' } })
    const vary = response.headers.get('vary')?.split(', ')
    expect(vary?.sort()).toEqual(['Accept', 'Origin'])
  })

  it('uses the type base it is given, and never an instance', async () => {
    const app = new Hono()
    app.notFound(createNotFoundHandler({ format: 'problem', typeBase: 'https://api.example.com/p/' }))
    const body = await (await app.request('/secret-path')).json()
    expect(body).toEqual(toProblem(OzErr.notExist(), { typeBase: 'https://api.example.com/p/' }))
  })

  it('lets errorResponse, which sees no request, choose the problem body', async () => {
    const response = errorResponse(OzErr.database({ details: { retry_after: 5 } }), { format: 'problem' })
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(response.headers.get('retry-after')).toBe('5')
    expect((await response.json()).type).toBe('urn:oz-errors:problem:database')
  })
})

describe('format over a real socket', () => {
  let server: Served
  beforeAll(async () => {
    server = await listen(appWith('negotiate'))
  })
  afterAll(() => server.close())

  it('negotiates a 405 with its Allow header in both bodies', async () => {
    const [problem, oz] = await Promise.all([
      fetch(`${server.url}/respond`, { method: 'DELETE', headers: PROBLEM }),
      fetch(`${server.url}/respond`, { method: 'DELETE' }),
    ])
    expect([problem.status, oz.status]).toEqual([405, 405])
    expect(problem.headers.get('allow')).toBe(oz.headers.get('allow'))
    expect(problem.headers.get('content-type')).toBe('application/problem+json')
    expect(fromProblem(await problem.json())._unsafeUnwrap()).toStrictEqual(
      fromWire(await oz.json())._unsafeUnwrap(),
    )
  })
})
