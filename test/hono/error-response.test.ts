import { Hono } from 'hono'
import { fromWire, httpStatus, OZ_ERROR_KINDS, OzErr, type OzError, type OzErrorKind } from 'oz-errors'
import { errorResponse } from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

// One error of every kind, with the details that drive its headers.
const SAMPLES: Record<OzErrorKind, OzError> = {
  UNKNOWN: OzErr.unknown({ cause: new Error('db password is hunter2') }),
  NOT_ALLOWED: OzErr.notAllowed({ details: { method: 'PATCH', allowed: ['GET', 'HEAD', 'POST'] } }),
  NOT_REALIZED: OzErr.notRealized(),
  INVALID_STRUCTURE: OzErr.invalidStructure({ details: { key_path: 'items.0' } }),
  INVALID_VALUE: OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } }),
  INVALID_TYPE: OzErr.invalidType({
    details: { key_path: 'offset', expected: 'integer', received: 'string' },
  }),
  AUTH_NOT_PROVIDED: OzErr.authNotProvided(),
  AUTH_INVALID: OzErr.authInvalid(),
  AUTH_EXPIRED: OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
  AUTH_FORBIDDEN: OzErr.authForbidden({ details: { required: ['admin'] } }),
  NOT_EXIST: OzErr.notExist({ details: { resource: 'folder', id: '42' } }),
  EXTERNAL_SERVICE: OzErr.externalService({ details: { service: 'engine', retry_after: 29.2 } }),
  DATABASE: OzErr.database({ details: { retry_after: 5 } }),
}

const EXTRA_HEADERS: Partial<Record<OzErrorKind, Record<string, string>>> = {
  NOT_ALLOWED: { allow: 'GET, HEAD, POST' },
  AUTH_NOT_PROVIDED: { 'www-authenticate': 'Bearer realm="api"' },
  AUTH_INVALID: {
    'www-authenticate':
      'Bearer realm="api", error="invalid_token", error_description="The access token is invalid"',
  },
  AUTH_EXPIRED: {
    'www-authenticate':
      'Bearer realm="api", error="invalid_token", error_description="The access token expired at 2026-01-01T00:00:00Z"',
  },
  EXTERNAL_SERVICE: { 'retry-after': '30' },
  DATABASE: { 'retry-after': '5' },
}

const PROTOCOL_HEADERS = ['allow', 'www-authenticate', 'retry-after']

// The tests request only the 13 kind names.
const app = new Hono().get('/kinds/:kind', (c) => errorResponse(SAMPLES[c.req.param('kind') as OzErrorKind]))

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

describe('errorResponse over a real socket', () => {
  it.each(OZ_ERROR_KINDS)('renders %s with its status, wire body and protocol headers', async (kind) => {
    const sample = SAMPLES[kind]
    const response = await fetch(`${server.url}/kinds/${kind}`)
    expect(response.status).toBe(httpStatus(sample))
    expect(response.headers.get('content-type')).toBe('application/json')
    const { cause: _, ...withoutCause } = sample
    expect(fromWire(await response.json())._unsafeUnwrap()).toStrictEqual(withoutCause)
    const extra = EXTRA_HEADERS[kind] ?? {}
    for (const name of PROTOCOL_HEADERS) expect(response.headers.get(name)).toBe(extra[name] ?? null)
  })

  it('never sends the cause', async () => {
    const text = await (await fetch(`${server.url}/kinds/UNKNOWN`)).text()
    expect(text).toBe('{"error_code":0,"error_message":"Unknown server side error occurred","details":null}')
  })
})

describe('errorResponse headers', () => {
  // Which headers each kind owes is the core's rule (test/core/http-headers.test.ts); here, that
  // errorResponse sends them and passes the challenge options on.
  it('passes the challenge options to the header it sends', () => {
    const response = errorResponse(OzErr.authNotProvided(), { authScheme: 'DPoP', realm: 'files' })
    expect(response.headers.get('www-authenticate')).toBe('DPoP realm="files"')
  })

  it('refuses challenge options that could split the header with a TypeError', () => {
    expect(() => errorResponse(OzErr.authNotProvided(), { realm: 'x\r\nSet-Cookie: a=b' })).toThrow(TypeError)
  })
})
