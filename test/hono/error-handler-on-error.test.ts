import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { OzErr, type OzError, OzException, ozError } from 'oz-errors'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

const BUG = new Error('db password hunter2')
const OURS = new OzException(OzErr.notExist())
const HTTP = new HTTPException(401)

const appWith = (onError: (error: OzError, context: { thrown: unknown }) => void) => {
  const app = new Hono()
  app.use(wrapNonErrors())
  app.get('/ours', () => {
    throw new OzException(OzErr.notExist())
  })
  app.get('/http', () => {
    throw new HTTPException(401)
  })
  app.post('/json', async (c) => c.json(await c.req.json()))
  app.get('/bug', () => {
    throw BUG
  })
  app.get('/string', () => {
    throw 'a string'
  })
  app.onError(errorHandler({ onUnexpected: () => {}, onError }))
  return app
}

describe('errorHandler onError', () => {
  it('is called once per rendered error, ours or masked, with what was thrown', async () => {
    const seen: [string, unknown][] = []
    const app = appWith((error, { thrown }) => seen.push([error.kind, thrown]))
    await app.request('/ours')
    await app.request('/http')
    await app.request('/json', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } })
    await app.request('/bug')
    await app.request('/string')
    expect(seen.map(([kind]) => kind)).toEqual([
      'NOT_EXIST',
      'AUTH_NOT_PROVIDED',
      'INVALID_STRUCTURE',
      'UNKNOWN',
      'UNKNOWN',
    ])
    expect(seen[3]?.[1]).toBe(BUG)
    expect(seen[4]?.[1]).toBe('a string')
  })

  it('gets the request context and what was thrown for an error of ours and a mapped one too', async () => {
    const seen: [string, string, unknown][] = []
    const app = new Hono()
      .get('/ours', () => {
        throw OURS
      })
      .get('/http', () => {
        throw HTTP
      })
      .onError(
        errorHandler({ onError: (error, { c, thrown }) => seen.push([error.kind, c.req.path, thrown]) }),
      )
    await app.request('/ours')
    await app.request('/http')
    expect(seen).toStrictEqual([
      ['NOT_EXIST', '/ours', OURS],
      ['AUTH_NOT_PROVIDED', '/http', HTTP],
    ])
  })

  it('never changes the answer when it throws or rejects', async () => {
    const throwing = appWith(() => {
      throw new Error('hook failed')
    })
    // A hook typed `void` may still return a promise (an async logger): its rejection is ignored.
    const rejectingHook: () => Promise<never> = () => Promise.reject(new Error('hook failed'))
    const rejecting = appWith(rejectingHook)
    for (const app of [throwing, rejecting]) {
      const response = await app.request('/bug')
      expect(response.status).toBe(500)
      expect(await response.json()).toEqual({
        error_code: 0,
        error_message: ozError('UNKNOWN').message,
        details: null,
      })
      expect((await app.request('/ours')).status).toBe(404)
    }
  })

  it('leaves no unhandled rejection behind when the hooks reject, which would crash a Node process', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const app = new Hono()
        .use(wrapNonErrors())
        .get('/ours', () => {
          throw new OzException(OzErr.notExist())
        })
        .get('/bug', () => {
          throw BUG
        })
        .onError(
          errorHandler({
            onUnexpected: () => Promise.reject(new Error('logger down')),
            onError: () => Promise.reject(new Error('tracer down')),
          }),
        )
      expect((await app.request('/ours')).status).toBe(404)
      expect((await app.request('/bug')).status).toBe(500)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(unhandled).toStrictEqual([])
    } finally {
      process.off('unhandledRejection', record)
    }
  })
})
