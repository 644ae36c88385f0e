import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Running } from '../../examples/listen.js'
import { decodeError } from '../support/example.js'
import { type Case, cases, sendCase } from '../support/example-codes.js'

// The README's table, request for request: each code reached from a real condition
// (test/support/example-codes.ts, shared with the OpenAPI test of the example).
let server: Running
const unexpected: unknown[] = []

beforeAll(async () => {
  server = await listen({ onUnexpected: (error) => unexpected.push(error) })
})
afterAll(() => server.close())

const send = (c: Pick<Case, 'method' | 'path' | 'token' | 'body'>) => sendCase(server.url, c)

describe('the example server, one documented request per code', () => {
  it('covers all 13 codes', () => {
    expect(cases.map((c) => c.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it.each(cases)('answers $kind ($code) with $status and its headers', async (c) => {
    Object.assign(server.flags, c.flags)
    try {
      const response = await send(c)
      expect(response.status).toBe(c.status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      for (const [name, value] of Object.entries(c.headers ?? {}))
        expect(response.headers.get(name)).toEqual(value)
      if (c.headers?.['www-authenticate'] === undefined)
        expect(response.headers.get('www-authenticate')).toBeNull()
      const { error } = await decodeError(response)
      expect(error).toMatchObject({ kind: c.kind, code: c.code })
      expect(error.details).toEqual(c.details)
    } finally {
      Object.assign(server.flags, { engineDown: null, storeDown: null })
    }
  })
})

describe('the deliberate bug', () => {
  it('answers a masked UNKNOWN that carries nothing of the TypeError, which goes to onUnexpected', async () => {
    unexpected.length = 0
    const response = await send({ path: '/api/admin/report', token: 'demo-admin' })
    const { error, text } = await decodeError(response)
    expect(error).toEqual({
      kind: 'UNKNOWN',
      code: 0,
      message: 'Unknown server side error occurred',
      details: null,
    })
    for (const leak of ['TypeError', 'toLowerCase', 'Cannot read', 'label', 'folders.ts', 'at ']) {
      expect(text).not.toContain(leak)
    }
    expect(unexpected).toHaveLength(1)
    expect(unexpected[0]).toBeInstanceOf(TypeError)
    expect(String(unexpected[0])).toContain('toLowerCase')
  })

  it('is behind the admin role: an operator gets AUTH_FORBIDDEN, not the bug', async () => {
    const response = await send({ path: '/api/admin/report', token: 'demo-operator' })
    expect(response.status).toBe(403)
    expect((await decodeError(response)).error.kind).toBe('AUTH_FORBIDDEN')
  })
})

describe('the same routes when nothing is wrong', () => {
  it('lists the operator’s folders with paging', async () => {
    const response = await send({ path: '/api/folders?offset=1&limit=1', token: 'demo-operator' })
    expect(response.status).toBe(200)
    const page = (await response.json()) as { total: number; offset: number; limit: number; items: unknown[] }
    expect(page).toMatchObject({ total: 2, offset: 1, limit: 1 })
    expect(page.items).toHaveLength(1)
  })

  it('takes the token as a Bearer Authorization too, as the challenge says', async () => {
    const response = await fetch(`${server.url}/api/folders`, {
      headers: { authorization: 'Bearer demo-operator' },
    })
    expect(response.status).toBe(200)
  })

  it('answers a body that is not JSON at all with INVALID_STRUCTURE', async () => {
    const response = await send({
      method: 'POST',
      path: '/api/folders',
      token: 'demo-operator',
      body: '{"meta',
    })
    expect(response.status).toBe(400)
    expect((await decodeError(response)).error.kind).toBe('INVALID_STRUCTURE')
  })

  it('answers a path no route knows with NOT_EXIST', async () => {
    const response = await send({ path: '/api/nothing-here', token: 'demo-operator' })
    expect(response.status).toBe(404)
    expect((await decodeError(response)).error).toMatchObject({ kind: 'NOT_EXIST', details: null })
  })
})
