import fc from 'fast-check'
import type { OzErrorKind } from 'oz-errors'
import { fromTRPCClientError, type OzTRPCCode } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Flags } from '../../examples/flags.js'
import { listen, type Running } from '../../examples/listen.js'
import { TOKEN } from '../support/example.js'
import { marker, markerIn } from '../support/marker.js'

// The README's tRPC column, call for call: each code reached over /trpc from a real condition,
// through the same domain functions as the REST requests of codes.test.ts.
const FOLDER = '00000000-0000-4000-8000-000000000003'
const MISSING = '00000000-0000-4000-8000-0000000fffff'

interface Case {
  readonly code: number
  readonly kind: OzErrorKind
  readonly trpc: OzTRPCCode
  readonly status: number
  /** `query` is sent as GET with `?input=`, `mutation` as POST with a JSON body. */
  readonly type: 'query' | 'mutation'
  readonly path: string
  readonly input?: unknown
  readonly token?: string
  readonly flags?: Partial<Flags>
  readonly details: unknown
  readonly headers?: Record<string, string>
}

const operator = 'demo-operator'
const cases: Case[] = [
  {
    code: 0,
    kind: 'UNKNOWN',
    trpc: 'INTERNAL_SERVER_ERROR',
    status: 500,
    type: 'query',
    path: 'admin.report',
    token: 'demo-admin',
    details: null,
  },
  {
    code: 1,
    kind: 'NOT_ALLOWED',
    trpc: 'METHOD_NOT_SUPPORTED',
    status: 405,
    // A GET to a mutation: tRPC refuses it before the procedure (and its token check) runs.
    type: 'query',
    path: 'folders.delete',
    details: { method: 'GET', allowed: ['POST'] },
    headers: { allow: 'POST' },
  },
  {
    code: 2,
    kind: 'NOT_REALIZED',
    trpc: 'NOT_IMPLEMENTED',
    status: 501,
    type: 'mutation',
    path: 'folders.uploadMedia',
    input: FOLDER,
    token: operator,
    details: null,
  },
  {
    code: 3,
    kind: 'INVALID_STRUCTURE',
    trpc: 'BAD_REQUEST',
    status: 400,
    type: 'mutation',
    path: 'folders.create',
    input: { meta_data: 'oops' },
    token: operator,
    details: { key_path: 'meta_data', issues: [{ key_path: 'meta_data', message: 'Expected record' }] },
  },
  {
    code: 4,
    kind: 'INVALID_VALUE',
    trpc: 'BAD_REQUEST',
    status: 400,
    type: 'query',
    path: 'folders.list',
    input: { limit: 1000 },
    token: operator,
    details: { key_path: 'limit', reason: 'must be from 1 to 100' },
  },
  {
    code: 5,
    kind: 'INVALID_TYPE',
    trpc: 'BAD_REQUEST',
    status: 400,
    type: 'query',
    path: 'folders.list',
    input: { offset: 1.5 },
    token: operator,
    details: { key_path: 'offset', expected: 'integer', received: 'number' },
  },
  {
    code: 6,
    kind: 'AUTH_NOT_PROVIDED',
    trpc: 'UNAUTHORIZED',
    status: 401,
    type: 'query',
    path: 'folders.list',
    details: null,
    headers: { 'www-authenticate': 'Bearer realm="oz"' },
  },
  {
    code: 7,
    kind: 'AUTH_INVALID',
    trpc: 'UNAUTHORIZED',
    status: 401,
    type: 'query',
    path: 'folders.list',
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
    trpc: 'UNAUTHORIZED',
    status: 401,
    type: 'query',
    path: 'folders.list',
    token: 'demo-expired',
    details: { expired_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    headers: { 'www-authenticate': expect.stringMatching(/^Bearer realm="oz", error="invalid_token", /) },
  },
  {
    code: 9,
    kind: 'AUTH_FORBIDDEN',
    trpc: 'FORBIDDEN',
    status: 403,
    type: 'mutation',
    path: 'folders.delete',
    input: FOLDER,
    token: operator,
    details: { required: ['admin'] },
  },
  {
    code: 10,
    kind: 'NOT_EXIST',
    trpc: 'NOT_FOUND',
    status: 404,
    type: 'query',
    path: 'folders.get',
    input: MISSING,
    token: operator,
    details: { resource: 'folder', id: MISSING },
  },
  {
    code: 11,
    kind: 'EXTERNAL_SERVICE',
    trpc: 'BAD_GATEWAY',
    status: 502,
    type: 'mutation',
    path: 'folders.startAnalyses',
    input: { folder_id: FOLDER, analyses: [{ type: 'quality' }] },
    token: operator,
    flags: { engineDown: 30 },
    details: { service: 'analysis-engine', retry_after: 30 },
    headers: { 'retry-after': '30' },
  },
  {
    code: 12,
    kind: 'DATABASE',
    trpc: 'SERVICE_UNAVAILABLE',
    status: 503,
    type: 'query',
    path: 'folders.list',
    token: operator,
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

/** One tRPC call as tRPC's `httpLink` sends it, with the Oz token header. */
const call = (c: Pick<Case, 'type' | 'path' | 'input' | 'token'>) => {
  const headers: Record<string, string> = {}
  if (c.token !== undefined) headers[TOKEN] = c.token
  const url = `${server.url}/trpc/${c.path}`
  if (c.type === 'query') {
    const query = c.input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(c.input))}`
    return fetch(`${url}${query}`, { headers })
  }
  headers['content-type'] = 'application/json'
  return fetch(url, { method: 'POST', headers, body: JSON.stringify(c.input ?? null) })
}

interface ErrorBody {
  readonly error: { readonly message: string; readonly data: Record<string, unknown> }
}

describe('the example tRPC router, one call per code', () => {
  it('covers all 13 codes', () => {
    expect(cases.map((c) => c.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it.each(cases)('answers $kind ($code) with $trpc, $status and its headers', async (c) => {
    Object.assign(server.flags, c.flags)
    try {
      const response = await call(c)
      expect(response.status).toBe(c.status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      for (const [name, value] of Object.entries(c.headers ?? {}))
        expect(response.headers.get(name)).toEqual(value)
      if (c.headers?.['www-authenticate'] === undefined)
        expect(response.headers.get('www-authenticate')).toBeNull()
      if (c.headers?.['retry-after'] === undefined) expect(response.headers.get('retry-after')).toBeNull()
      const body = (await response.json()) as ErrorBody
      expect(body.error.data).toMatchObject({ code: c.trpc, httpStatus: c.status, path: c.path })
      const error = fromTRPCClientError(body.error)._unsafeUnwrap()
      expect(error).toMatchObject({ kind: c.kind, code: c.code })
      expect(body.error.message).toBe(error.message)
      expect(error.details).toEqual(c.details)
    } finally {
      Object.assign(server.flags, { engineDown: null, storeDown: null })
    }
  })
})

describe('the deliberate bug over tRPC', () => {
  it('answers a masked UNKNOWN that carries nothing of the TypeError, which goes to onUnexpected', async () => {
    unexpected.length = 0
    const response = await call({ type: 'query', path: 'admin.report', token: 'demo-admin' })
    const text = await response.text()
    expect(JSON.parse(text).error.data.oz).toEqual({
      error_code: 0,
      error_message: 'Unknown server side error occurred',
      details: null,
    })
    for (const leak of ['TypeError', 'toLowerCase', 'Cannot read', 'label', 'folders.ts', 'stack', 'at ']) {
      expect(text).not.toContain(leak)
    }
    expect(unexpected).toHaveLength(1)
    expect(unexpected[0]).toBeInstanceOf(TypeError)
    expect(String(unexpected[0])).toContain('toLowerCase')
  })
})

describe('the same procedures when nothing is wrong', () => {
  it('logs in over tRPC and lists the folders with the new token', async () => {
    const credentials = { email: 'operator@oz.test', password: 'operator' }
    const login = await call({ type: 'mutation', path: 'auth.login', input: { credentials } })
    expect(login.status).toBe(200)
    const { access_token } = ((await login.json()) as { result: { data: { access_token: string } } }).result
      .data
    const listed = await call({
      type: 'query',
      path: 'folders.list',
      input: { limit: 1 },
      token: access_token,
    })
    expect(listed.status).toBe(200)
    const page = ((await listed.json()) as { result: { data: unknown } }).result.data
    expect(page).toMatchObject({ total: 2, offset: 0, limit: 1 })
  })

  it('refuses a wrong password with AUTH_INVALID and an unknown refresh token too', async () => {
    const credentials = { email: 'operator@oz.test', password: 'nope' }
    for (const [path, input] of [
      ['auth.login', { credentials }],
      ['auth.refresh', { expire_token: 'never-issued' }],
    ] as const) {
      const response = await call({ type: 'mutation', path, input })
      expect(response.status).toBe(401)
      const error = fromTRPCClientError(((await response.json()) as ErrorBody).error)._unsafeUnwrap()
      expect(error.kind).toBe('AUTH_INVALID')
    }
  })

  it('answers a procedure that does not exist with NOT_EXIST and no path', async () => {
    const response = await call({ type: 'query', path: 'folders.nothing', token: operator })
    expect(response.status).toBe(404)
    const { data } = ((await response.json()) as ErrorBody).error
    expect(data).not.toHaveProperty('path')
    expect(fromTRPCClientError({ data })._unsafeUnwrap()).toMatchObject({ kind: 'NOT_EXIST', details: null })
  })

  it('refuses a folder body without sending back any of it', async () => {
    const bodies = (planted: string) => [
      { meta_data: planted },
      { meta_data: { label: planted.repeat(30) } },
      { meta_data: { [planted.repeat(7)]: planted } },
      { meta_data: [planted], [planted]: planted },
    ]
    await fc.assert(
      fc.asyncProperty(marker(), fc.nat(3), async (planted, which) => {
        const input = bodies(planted)[which]
        const response = await call({ type: 'mutation', path: 'folders.create', input, token: operator })
        expect(response.status).toBe(400)
        expect(markerIn(await response.text(), planted, { asKey: true })).toBeUndefined()
      }),
      { numRuns: 20 },
    )
  })
})
