import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { OzErr, type OzError, OzException, ozError } from 'oz-errors'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

const BUG = new Error('db password hunter2')

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
})
