import { Hono } from 'hono'
import { err, ok } from 'neverthrow'
import { fromWire, httpStatus, OZ_ERROR_KINDS, OzErr, type OzError, type OzErrorKind } from 'oz-errors'
import { errorResponse, respond } from 'oz-errors/hono'
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
  it('sends an empty Allow on a 405 without details, as RFC 9110 requires one', () => {
    const response = errorResponse(OzErr.notAllowed())
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('')
  })

  it('drops Allow entries that are not method tokens', () => {
    const details = { method: 'PUT', allowed: ['GET', 'POST\r\nSet-Cookie: a=b', 'X Y', 'PATCH'] }
    expect(errorResponse(OzErr.notAllowed({ details })).headers.get('allow')).toBe('GET, PATCH')
  })

  it('renders AUTH_NOT_PROVIDED with the configured scheme and realm', () => {
    const response = errorResponse(OzErr.authNotProvided(), { authScheme: 'DPoP', realm: 'files' })
    expect(response.headers.get('www-authenticate')).toBe('DPoP realm="files"')
  })

  it('escapes quotes and backslashes in the realm', () => {
    const response = errorResponse(OzErr.authInvalid(), { realm: 'a "b" \\c' })
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="a \\"b\\" \\\\c", error=/)
  })

  it.each([
    ['a realm with CR LF', { realm: 'x"\r\nSet-Cookie: a=b' }],
    ['a realm with NUL', { realm: 'x\u0000' }],
    ['a non-ASCII realm', { realm: 'café' }],
    ['a scheme with a space', { authScheme: 'Bearer realm="x"' }],
    ['a scheme with CR LF', { authScheme: 'Bearer\r\nSet-Cookie: a=b' }],
    ['an empty scheme', { authScheme: '' }],
  ])('refuses %s with a TypeError instead of building the header', (_, options) => {
    expect(() => errorResponse(OzErr.authNotProvided(), options)).toThrow(TypeError)
  })

  it('leaves the expiry out of the description when it is not plain ASCII', () => {
    const error = OzErr.authExpired({ details: { expired_at: 'soon"\r\nX: y' } })
    expect(errorResponse(error).headers.get('www-authenticate')).toBe(
      'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    )
  })

  it('rounds Retry-After up to whole seconds and omits it when retry_after is absent or not a number', () => {
    expect(errorResponse(OzErr.database({ details: { retry_after: 0.1 } })).headers.get('retry-after')).toBe(
      '1',
    )
    expect(errorResponse(OzErr.database({ details: { retry_after: 0 } })).headers.get('retry-after')).toBe(
      '0',
    )
    expect(errorResponse(OzErr.database()).headers.get('retry-after')).toBeNull()
    const nan = OzErr.externalService({ details: { service: 'engine', retry_after: Number.NaN } })
    expect(errorResponse(nan).headers.get('retry-after')).toBeNull()
  })
})

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
})
