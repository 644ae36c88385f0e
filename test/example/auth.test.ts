import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Running } from '../../examples/listen.js'
import { decodeError, manualClock, TOKEN } from '../support/example.js'

const clock = manualClock()
let server: Running

beforeAll(async () => {
  server = await listen({ clock, tokenTtl: 60 })
})
afterAll(() => server.close())

interface Tokens {
  access_token: string
  expire_token: string
  access_expires_at: string
}

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const folders = (token: string) => fetch(`${server.url}/api/folders`, { headers: { [TOKEN]: token } })

describe('the example server’s tokens', () => {
  it('logs in, lets the token expire with the clock (AUTH_EXPIRED), and refreshes to a working one', async () => {
    const login = await post('/api/authorize/auth', {
      credentials: { email: 'operator@oz.test', password: 'operator' },
    })
    expect(login.status).toBe(200)
    const tokens = (await login.json()) as Tokens
    expect(tokens.access_expires_at).toBe(new Date(clock.now() + 60_000).toISOString())
    expect((await folders(tokens.access_token)).status).toBe(200)

    clock.advance(60_000)
    const expired = await folders(tokens.access_token)
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"')
    const { error } = await decodeError(expired)
    expect(error).toMatchObject({ kind: 'AUTH_EXPIRED', details: { expired_at: tokens.access_expires_at } })

    const refreshed = await post('/api/authorize/refresh', { expire_token: tokens.expire_token })
    expect(refreshed.status).toBe(200)
    const fresh = (await refreshed.json()) as Tokens
    expect(fresh.access_token).not.toBe(tokens.access_token)
    expect((await folders(fresh.access_token)).status).toBe(200)
  })

  it('refuses a wrong password with AUTH_INVALID and a malformed login with INVALID_STRUCTURE', async () => {
    const wrong = await post('/api/authorize/auth', {
      credentials: { email: 'operator@oz.test', password: 'nope' },
    })
    expect(wrong.status).toBe(401)
    expect((await decodeError(wrong)).error.kind).toBe('AUTH_INVALID')

    const malformed = await post('/api/authorize/auth', { email: 'operator@oz.test' })
    expect(malformed.status).toBe(400)
    const { error } = await decodeError(malformed)
    expect(error).toMatchObject({ kind: 'INVALID_STRUCTURE', details: { key_path: 'credentials' } })
  })

  it('refuses an unknown refresh token with AUTH_INVALID', async () => {
    const response = await post('/api/authorize/refresh', { expire_token: 'never-issued' })
    expect(response.status).toBe(401)
    expect((await decodeError(response)).error.kind).toBe('AUTH_INVALID')
  })
})
