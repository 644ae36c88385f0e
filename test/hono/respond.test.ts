import { Hono } from 'hono'
import { err, ok } from 'neverthrow'
import { fromWire, OzErr } from 'oz-errors'
import { respond } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

describe('respond', () => {
  const folder = { id: '1', name: 'Reports' }
  const routes = new Hono()
    .use(async (c, next) => {
      c.header('x-request-id', 'req-7')
      await next()
    })
    .get('/ok', (c) => respond(c, ok(folder)))
    .post('/created', (c) => respond(c, ok(folder), 201))
    .get('/err', (c) => respond(c, err(OzErr.authExpired()), 200, { realm: 'files' }))
    .post('/created-by-options', (c) => respond(c, ok(folder), { status: 201 }))
    .get('/err-by-options', (c) =>
      respond(c, err(OzErr.authInvalid()), { realm: 'vault', authScheme: 'DPoP' }),
    )

  it('answers ok with c.json and status 200 by default', async () => {
    const response = await routes.request('/ok')
    expect(response.status).toBe(200)
    expect(await response.json()).toStrictEqual(folder)
  })

  it('answers ok with the status given', async () => {
    expect((await routes.request('/created', { method: 'POST' })).status).toBe(201)
  })

  it("answers err with the error's status, body and challenge, keeping headers set with c.header()", async () => {
    const response = await routes.request('/err')
    expect(response.status).toBe(401)
    expect(fromWire(await response.json())._unsafeUnwrap()).toStrictEqual(OzErr.authExpired())
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="files", error="invalid_token"/)
    expect(response.headers.get('x-request-id')).toBe('req-7')
  })

  it('takes the status and the challenge as one options object, without a status placeholder', async () => {
    const created = await routes.request('/created-by-options', { method: 'POST' })
    expect(created.status).toBe(201)
    expect(await created.json()).toStrictEqual(folder)
    const refused = await routes.request('/err-by-options')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toMatch(/^DPoP realm="vault", error="invalid_token"/)
  })
})
