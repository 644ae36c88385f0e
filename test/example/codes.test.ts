import type { OzErrorKind } from 'oz-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Flags } from '../../examples/flags.js'
import { listen, type Running } from '../../examples/listen.js'
import { decodeError, TOKEN } from '../support/example.js'

// The README's table, request for request: each code reached from a real condition.
const FOLDER = '00000000-0000-4000-8000-000000000003'
const MISSING = '00000000-0000-4000-8000-0000000fffff'
const json = { 'content-type': 'application/json' }

interface Case {
  readonly code: number
  readonly kind: OzErrorKind
  readonly status: number
  readonly method?: string
  readonly path: string
  readonly token?: string
  readonly body?: string
  readonly flags?: Partial<Flags>
  readonly details: unknown
  readonly headers?: Record<string, string>
}

const cases: Case[] = [
  { code: 0, kind: 'UNKNOWN', status: 500, path: '/api/admin/report', token: 'demo-admin', details: null },
  {
    code: 1,
    kind: 'NOT_ALLOWED',
    status: 405,
    // No token needed: a method the path does not have is refused before any route runs.
    method: 'DELETE',
    path: '/api/folders',
    details: { method: 'DELETE', allowed: ['GET', 'HEAD', 'POST'] },
    headers: { allow: 'GET, HEAD, POST' },
  },
  {
    code: 2,
    kind: 'NOT_REALIZED',
    status: 501,
    method: 'POST',
    path: `/api/folders/${FOLDER}/media`,
    token: 'demo-operator',
    details: null,
  },
  {
    code: 3,
    kind: 'INVALID_STRUCTURE',
    status: 400,
    method: 'POST',
    path: '/api/folders',
    token: 'demo-operator',
    body: '{"meta_data":"oops"}',
    details: {
      key_path: 'meta_data',
      issues: [{ key_path: 'meta_data', message: 'Expected record' }],
    },
  },
  {
    code: 4,
    kind: 'INVALID_VALUE',
    status: 400,
    path: '/api/folders?limit=1000',
    token: 'demo-operator',
    details: { key_path: 'limit', reason: 'must be from 1 to 100' },
  },
  {
    code: 5,
    kind: 'INVALID_TYPE',
    status: 400,
    path: '/api/folders?offset=abc',
    token: 'demo-operator',
    details: { key_path: 'offset', expected: 'integer', received: 'string' },
  },
  {
    code: 6,
    kind: 'AUTH_NOT_PROVIDED',
    status: 401,
    path: '/api/folders',
    details: null,
    headers: { 'www-authenticate': 'Bearer realm="oz"' },
  },
  {
    code: 7,
    kind: 'AUTH_INVALID',
    status: 401,
    path: '/api/folders',
    token: 'no-such-token',
    details: null,
    headers: {
      'www-authenticate':
        'Bearer realm="oz", error="invalid_token", error_description="The access token is invalid"',
    },
  },
  {
    code: 8,
    kind: 'AUTH_EXPIRED',
    status: 401,
    path: '/api/folders',
    token: 'demo-expired',
    details: { expired_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    headers: { 'www-authenticate': expect.stringMatching(/^Bearer realm="oz", error="invalid_token", /) },
  },
  {
    code: 9,
    kind: 'AUTH_FORBIDDEN',
    status: 403,
    method: 'DELETE',
    path: `/api/folders/${FOLDER}`,
    token: 'demo-operator',
    details: { required: ['admin'] },
  },
  {
    code: 10,
    kind: 'NOT_EXIST',
    status: 404,
    path: `/api/folders/${MISSING}`,
    token: 'demo-operator',
    details: { resource: 'folder', id: MISSING },
  },
  {
    code: 11,
    kind: 'EXTERNAL_SERVICE',
    status: 502,
    method: 'POST',
    path: `/api/folders/${FOLDER}/analyses`,
    token: 'demo-operator',
    body: '{"analyses":[{"type":"quality"}]}',
    flags: { engineDown: 30 },
    details: { service: 'analysis-engine', retry_after: 30 },
    headers: { 'retry-after': '30' },
  },
  {
    code: 12,
    kind: 'DATABASE',
    status: 503,
    path: '/api/folders',
    token: 'demo-operator',
    flags: { storeDown: 5 },
    details: { retry_after: 5 },
    headers: { 'retry-after': '5' },
  },
]

let server: Running
const unexpected: unknown[] = []

beforeAll(async () => {
  server = await listen({ onUnexpected: (error) => unexpected.push(error) })
})
afterAll(() => server.close())

const send = (c: Pick<Case, 'method' | 'path' | 'token' | 'body'>) => {
  const headers: Record<string, string> = c.body === undefined ? {} : { ...json }
  if (c.token !== undefined) headers[TOKEN] = c.token
  const init: RequestInit = { method: c.method ?? 'GET', headers }
  if (c.body !== undefined) init.body = c.body
  return fetch(`${server.url}${c.path}`, init)
}

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
