import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { fromWire, type JsonObject, OzErr, OzException } from 'oz-errors'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listen } from '../support/serve.js'

const SECRET = 'postgres://admin:hunter2@db.internal/prod'

const failing = (onError: ReturnType<typeof errorHandler>, wrap = true) => {
  const app = new Hono()
  if (wrap) app.use(wrapNonErrors())
  return app
    .get('/error', () => {
      throw new Error(SECRET)
    })
    .get('/string', () => {
      throw SECRET
    })
    .onError(onError)
}

const expectMaskedUnknown = async (response: Response) => {
  expect(response.status).toBe(500)
  const text = await response.text()
  expect(text).not.toContain('hunter2')
  expect(fromWire(JSON.parse(text))._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('onUnexpected', () => {
  it('logs one console.error line naming the request by default', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expectMaskedUnknown(await failing(errorHandler()).request('/error'))
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]?.[0]).toContain('GET "/error"')
  })

  it('still answers the masked UNKNOWN when onUnexpected throws', async () => {
    const app = failing(
      errorHandler({
        onUnexpected: () => {
          throw new Error('the logger is down')
        },
      }),
    )
    await expectMaskedUnknown(await app.request('/error'))
  })

  it('still answers the masked UNKNOWN when an async onUnexpected rejects, leaving no unhandled rejection', async () => {
    const app = failing(
      errorHandler({ onUnexpected: async () => Promise.reject(new Error('the logger is down')) }),
    )
    await expectMaskedUnknown(await app.request('/string'))
    await new Promise((resolve) => setTimeout(resolve, 10))
  })

  it('receives the request context', async () => {
    const paths: string[] = []
    const app = failing(errorHandler({ onUnexpected: (_, c) => paths.push(c.req.path) }))
    await app.request('/string')
    expect(paths).toStrictEqual(['/string'])
  })
})

describe('an error that cannot be rendered', () => {
  it('treats an OzException whose details are not JSON (a cycle) as foreign: masked and reported', async () => {
    const cycle: { self?: unknown } = {}
    cycle.self = cycle
    // A cycle is not JSON; the cast stands for a caller that bypassed the types.
    const details = cycle as JsonObject
    const reported: unknown[] = []
    const app = new Hono()
      .get('/', () => {
        throw new OzException(OzErr.externalService({ details: { service: 'engine', loop: details } }))
      })
      .onError(errorHandler({ onUnexpected: (error) => reported.push(error) }))
    await expectMaskedUnknown(await app.request('/'))
    expect(reported[0]).toBeInstanceOf(OzException)
  })

  it('never calls the getResponse of an error that is not an HTTPException: it is masked as thrown', async () => {
    let called = false
    const foreign = Object.assign(new Error(SECRET), {
      getResponse: (): Response => {
        called = true
        return new Response(SECRET, { status: 401 })
      },
    })
    const reported: unknown[] = []
    const app = new Hono()
      .get('/', () => {
        throw foreign
      })
      .onError(errorHandler({ onUnexpected: (error) => reported.push(error) }))
    await expectMaskedUnknown(await app.request('/'))
    expect(called).toBe(false)
    expect(reported).toStrictEqual([foreign])
  })

  it('answers the masked UNKNOWN when an HTTPException subclass fails to produce its response', async () => {
    class Broken extends HTTPException {
      override getResponse(): Response {
        throw new RangeError('no response today')
      }
    }
    const broken = new Broken(401, { message: SECRET })
    const reported: unknown[] = []
    const app = new Hono()
      .get('/', () => {
        throw broken
      })
      .onError(errorHandler({ onUnexpected: (error) => reported.push(error) }))
    await expectMaskedUnknown(await app.request('/'))
    const [report] = reported
    expect(report).toBeInstanceOf(AggregateError)
    if (report instanceof AggregateError)
      expect(report.errors).toStrictEqual([broken, expect.any(RangeError)])
  })
})

describe('errorHandler options', () => {
  it('refuses a realm that could inject a header when it is created, not on the first 401', () => {
    expect(() => errorHandler({ realm: 'x\r\nSet-Cookie: session=evil' })).toThrow(TypeError)
    expect(() => errorHandler({ authScheme: 'Bearer, Basic' })).toThrow(TypeError)
  })
})

describe('without wrapNonErrors', () => {
  it('keeps a thrown string from the client on Node, as a bare 500 from the server', async () => {
    // Hono rethrows non-Errors out of app.fetch; @hono/node-server logs the value and answers 500.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const server = await listen(failing(errorHandler({ onUnexpected: () => {} }), false))
    try {
      const response = await fetch(`${server.url}/string`)
      expect(response.status).toBe(500)
      expect(await response.text()).not.toContain('hunter2')
    } finally {
      await server.close()
    }
  })

  it('lets app.request() reject with the thrown string, which is why wrapNonErrors exists', async () => {
    const app = failing(errorHandler({ onUnexpected: () => {} }), false)
    // A handler alone on its route runs synchronously, so the value may be thrown, not rejected.
    const attempt = async () => app.request('/string')
    await expect(attempt()).rejects.toBe(SECRET)
  })
})

describe('an app SyntaxError after a body stream that failed with a non-error', () => {
  it('is handed to the hooks as thrown, and masked', async () => {
    const seen: unknown[] = []
    const app = new Hono()
    app.onError(
      errorHandler({
        onUnexpected: (error) => seen.push(error),
        onError: (_, { thrown }) => seen.push(thrown),
      }),
    )
    app.post('/', async (c) => {
      try {
        await c.req.json()
      } catch {
        // the app swallows the body's failure, then fails with its own parsing
      }
      JSON.parse('{oops')
      return c.text('never')
    })
    const body = new ReadableStream({
      pull: (controller) => controller.error(undefined),
    })
    // `duplex` is required by undici for a stream body, and missing from TypeScript's RequestInit.
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', body, duplex: 'half' }
    const response = await app.request(new Request('http://app.test/', init))
    await expectMaskedUnknown(response)
    expect(seen).toHaveLength(2)
    for (const thrown of seen) expect(thrown).toBeInstanceOf(SyntaxError)
  })
})
