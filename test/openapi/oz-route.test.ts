import { Hono } from 'hono'
import { OzErr, toWire } from 'oz-errors'
import { type OzUndeclared, ozRoute } from 'oz-errors/openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

let server: Served
beforeAll(async () => {
  const app = new Hono()
    .get('/ok', (c) => c.json({ id: '1' }))
    .get('/missing', (c) => c.json(toWire(OzErr.notExist({ details: { resource: 'folder' } })), 404))
    .get('/down', (c) => c.json(toWire(OzErr.database()), 503))
  server = await listen(app)
})
afterAll(() => server.close())

describe('ozRoute(...).fromResponse against a server', () => {
  it('passes a 2xx through and decodes a declared kind as itself', async () => {
    const route = ozRoute('NOT_EXIST')
    const ok = await route.fromResponse(await fetch(`${server.url}/ok`))
    expect(ok.isOk() && (await ok.value.json())).toEqual({ id: '1' })
    const missing = (await route.fromResponse(await fetch(`${server.url}/missing`)))._unsafeUnwrapErr()
    expect(missing).toMatchObject({ kind: 'NOT_EXIST', details: { resource: 'folder' } })
  })

  it('turns a kind the route did not declare into UNKNOWN, the real error as its cause', async () => {
    const route = ozRoute('NOT_EXIST')
    const error = (await route.fromResponse(await fetch(`${server.url}/down`)))._unsafeUnwrapErr()
    expect(error.kind).toBe('UNKNOWN')
    expect((error.cause as OzUndeclared).undeclared).toMatchObject({ kind: 'DATABASE', code: 12 })
  })
})
