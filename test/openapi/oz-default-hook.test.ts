import { Hono } from 'hono'
import { fromResponse } from 'oz-errors'
import { ozDefaultHook } from 'oz-errors/openapi/zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

// The hook as OpenAPIHono calls it, with results of each shape a validator can hand it.
let server: Served
beforeAll(async () => {
  const app = new Hono()
    .get('/valid', (c) => ozDefaultHook({ success: true }, c) ?? c.text('handled'))
    .get('/no-issues', (c) => ozDefaultHook({ success: false }, c) ?? c.text('handled'))
    .get(
      '/issues',
      (c) =>
        ozDefaultHook({ success: false, error: { issues: [{ message: 'Required', path: ['name'] }] } }, c) ??
        c.text('handled'),
    )
  server = await listen(app)
})
afterAll(() => server.close())

describe('ozDefaultHook', () => {
  it('lets a valid request through to the handler', async () => {
    expect(await (await fetch(`${server.url}/valid`)).text()).toBe('handled')
  })

  it('answers a refused request INVALID_STRUCTURE 400 as application/json, with its issues', async () => {
    const res = await fetch(`${server.url}/issues`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const error = (await fromResponse(res))._unsafeUnwrapErr()
    expect(error).toMatchObject({
      kind: 'INVALID_STRUCTURE',
      details: { issues: [{ key_path: 'name' }] },
    })
  })

  it('answers INVALID_STRUCTURE even when the validator gave no issues', async () => {
    const res = await fetch(`${server.url}/no-issues`)
    expect(res.status).toBe(400)
    const error = (await fromResponse(res))._unsafeUnwrapErr()
    expect(error.kind).toBe('INVALID_STRUCTURE')
    expect(error.details).toMatchObject({ issues: [] })
  })
})
