import { TRPCError } from '@trpc/server'
import { OzErr, type OzError, toWire } from 'oz-errors'
import { fromTRPCClientError, ozResponseMeta, toTRPCError } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { send } from '../support/hostile/http.js'
import type { Served } from '../support/serve.js'
import { clientFor, EVERY_KIND, makeRouter, rejection, SERVERS, stash } from '../support/trpc.js'

const batchUrl = (served: Served, calls: readonly [string, unknown][]): string => {
  const input = Object.fromEntries(calls.map(([, value], index) => [index, value]))
  const paths = calls.map(([path]) => path).join(',')
  return `${served.url}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`
}

const raise = (error: (typeof EVERY_KIND)[keyof typeof EVERY_KIND]): [string, unknown] => [
  'raise',
  { id: stash(error), how: 'exception' },
]

describe.each(Object.entries(SERVERS))('ozResponseMeta on the %s adapter', (_name, serve) => {
  let served: Served
  beforeAll(async () => {
    served = await serve(makeRouter(), { realm: 'files' })
  })
  afterAll(() => served.close())

  it('gives a batch whose calls all failed alike their status and the first one’s headers', async () => {
    const response = await fetch(
      batchUrl(served, [raise(OzErr.authNotProvided()), raise(OzErr.authInvalid())]),
    )
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="files"')
  })

  it('answers a batch mixing a success and an error 207, with no per-kind header', async () => {
    const response = await fetch(batchUrl(served, [['hello', undefined], raise(EVERY_KIND.AUTH_EXPIRED)]))
    expect(response.status).toBe(207)
    expect(response.headers.get('www-authenticate')).toBeNull()
    const [ok, failed] = (await response.json()) as [unknown, { error: { data: Record<string, unknown> } }]
    expect(ok).toEqual({ result: { data: { hello: 'world' } } })
    expect(failed.error.data.httpStatus).toBe(401)
    expect(failed.error.data.oz).toStrictEqual(toWire(EVERY_KIND.AUTH_EXPIRED))
  })

  it('answers a batch of errors of two statuses 207, with no per-kind header', async () => {
    const response = await fetch(batchUrl(served, [raise(EVERY_KIND.DATABASE), raise(EVERY_KIND.NOT_EXIST)]))
    expect(response.status).toBe(207)
    expect(response.headers.get('retry-after')).toBeNull()
  })

  it('gives a stream 200 and no header: each item carries its kind in data.oz', async () => {
    const client = clientFor(served, 'httpBatchStreamLink')
    const [ok, failed] = await Promise.allSettled([
      client.hello.query(),
      client.raise.query({ id: stash(EVERY_KIND.DATABASE), how: 'unwrap' }),
    ])
    expect(ok).toEqual({ status: 'fulfilled', value: { hello: 'world' } })
    const reason = failed.status === 'rejected' ? failed.reason : undefined
    expect(fromTRPCClientError(reason)._unsafeUnwrap()).toStrictEqual(EVERY_KIND.DATABASE)
    const meta = (reason as { meta?: { response?: Response } }).meta
    expect(meta?.response?.status).toBe(200)
    expect(meta?.response?.headers.get('retry-after')).toBeNull()
  })

  it('keeps the headers of a batch link’s one failing call', async () => {
    const caught = await rejection(
      clientFor(served, 'httpBatchLink').raise.query({ id: stash(EVERY_KIND.DATABASE), how: 'plain' }),
    )
    const response = (caught as { meta?: { response?: Response } }).meta?.response
    expect(response?.status).toBe(503)
    expect(response?.headers.get('retry-after')).toBe('5')
  })
})

describe('ozResponseMeta', () => {
  it('refuses a realm that could break the challenge at once', () => {
    expect(() => ozResponseMeta({ realm: 'a\r\nSet-Cookie: x' })).toThrow(TypeError)
  })

  it('owes nothing before a stream has results, or for results that are not ours', () => {
    const meta = ozResponseMeta()
    expect(meta({ data: [] })).toEqual({})
    expect(meta({ data: [{ error: { data: { httpStatus: 404, oz: { error_code: 99 } } } }] })).toEqual({})
    expect(meta({ data: [null] })).toEqual({})
  })

  it('sets Allow for a NOT_ALLOWED of ours, which tRPC does not', () => {
    const error = OzErr.notAllowed({ details: { method: 'PUT', allowed: ['GET'] } })
    const data = [{ error: { data: { httpStatus: 405, oz: toWire(error) } } }]
    expect(ozResponseMeta()({ data, errors: [] })).toEqual({
      headers: { Allow: 'GET', 'Content-Type': 'application/json' },
    })
  })

  const failed = (error: OzError, httpStatus = 0) => ({ error: { data: { httpStatus, oz: toWire(error) } } })

  it('gives one error the headers it owes, with the configured realm', () => {
    const database = failed(OzErr.database({ details: { retry_after: 5 } }), 503)
    expect(ozResponseMeta()({ data: [database] })).toEqual({
      headers: { 'Retry-After': '5', 'Content-Type': 'application/json' },
    })
    const missing = failed(OzErr.authNotProvided(), 401)
    expect(ozResponseMeta({ realm: 'files' })({ data: [missing] })).toEqual({
      headers: { 'WWW-Authenticate': 'Bearer realm="files"', 'Content-Type': 'application/json' },
    })
  })

  it('gives errors of one status the first one’s headers, and none when statuses or outcomes differ', () => {
    const meta = ozResponseMeta()
    const expired = failed(OzErr.authExpired(), 401)
    const invalid = failed(OzErr.authInvalid(), 401)
    expect(meta({ data: [expired, invalid] }).headers?.['WWW-Authenticate']).toContain(
      'The access token expired',
    )
    expect(meta({ data: [invalid, expired] }).headers?.['WWW-Authenticate']).toContain('is invalid')
    expect(meta({ data: [expired, failed(OzErr.database(), 503)] })).toEqual({})
    expect(meta({ data: [expired, { result: { data: 1 } }] })).toEqual({})
  })

  it('leaves Allow to tRPC for its own wrong-method error, and keeps it for ours', () => {
    const meta = ozResponseMeta()
    const data = [failed(OzErr.notAllowed({ details: { method: 'GET', allowed: ['POST'] } }), 405)]
    const own = new TRPCError({ code: 'METHOD_NOT_SUPPORTED' })
    // tRPC writes its own Allow once it has read the request (`info` is there)…
    expect(meta({ data, errors: [own], info: {} })).toEqual({
      headers: { 'Content-Type': 'application/json' },
    })
    // …and none for a request it refused before reading it: then ours is sent.
    expect(meta({ data, errors: [own] })).toEqual({
      headers: { Allow: 'POST', 'Content-Type': 'application/json' },
    })
    const ours = toTRPCError(OzErr.notAllowed({ details: { method: 'GET', allowed: ['POST'] } }))
    expect(meta({ data, errors: [ours] })).toEqual({
      headers: { Allow: 'POST', 'Content-Type': 'application/json' },
    })
    expect(meta({ data, errors: [null, new TRPCError({ code: 'NOT_FOUND' })] })).toEqual({
      headers: { Allow: 'POST', 'Content-Type': 'application/json' },
    })
    // Only Allow is left to tRPC: a challenge the results owe is still sent.
    const missing = [failed(OzErr.authNotProvided(), 401)]
    expect(meta({ data: missing, errors: [own], info: {} })).toEqual({
      headers: { 'WWW-Authenticate': 'Bearer realm="api"', 'Content-Type': 'application/json' },
    })
  })

  it('keeps Allow, once tRPC has read the request, unless one of the errors is tRPC’s own wrong method', () => {
    const meta = ozResponseMeta()
    const data = [failed(OzErr.notAllowed({ details: { method: 'GET', allowed: ['POST'] } }), 405)]
    const withAllow = { headers: { Allow: 'POST', 'Content-Type': 'application/json' } }
    const withoutAllow = { headers: { 'Content-Type': 'application/json' } }
    const own = new TRPCError({ code: 'METHOD_NOT_SUPPORTED' })
    const ours = toTRPCError(OzErr.notAllowed({ details: { method: 'GET', allowed: ['POST'] } }))
    // A NOT_ALLOWED of ours travels as METHOD_NOT_SUPPORTED too: tRPC sets no Allow for it.
    expect(meta({ data, errors: [ours], info: {} })).toEqual(withAllow)
    expect(meta({ data, errors: [new TRPCError({ code: 'NOT_FOUND' }), null], info: {} })).toEqual(withAllow)
    expect(meta({ data, info: {} })).toEqual(withAllow)
    // One of tRPC's own among them is enough for tRPC to write its Allow.
    expect(meta({ data, errors: [ours, own], info: {} })).toEqual(withoutAllow)
    // An error object without a prototype (no constructor to read) is read as not ours, like any other.
    const bare = Object.assign(Object.create(null) as object, { code: 'METHOD_NOT_SUPPORTED' })
    expect(meta({ data, errors: [bare], info: {} })).toEqual(withoutAllow)
  })

  it('gives headers that new Headers takes as they are: no member without a value', () => {
    const headers = ozResponseMeta()({ data: [failed(OzErr.authNotProvided(), 401)], info: {} }).headers
    expect(Object.keys(headers ?? {})).toStrictEqual(['WWW-Authenticate', 'Content-Type'])
    expect([...new Headers(headers)].map(([name]) => name)).toStrictEqual([
      'content-type',
      'www-authenticate',
    ])
  })

  it('owes nothing when reading the results throws', () => {
    const data = new Proxy([], {
      get: () => {
        throw new Error('trap')
      },
    })
    expect(ozResponseMeta()({ data })).toEqual({})
  })
})

// tRPC's fetch adapter (the one mounted in Hono) builds what it refuses before reading the request
// without a content type; found by the hostile judge (issue 11).
describe('ozResponseMeta on the fetch adapter, for a request tRPC refuses before reading it', () => {
  let served: Served
  beforeAll(async () => {
    served = await SERVERS.hono(makeRouter())
  })
  afterAll(() => served.close())

  it.each([
    ['TRACE', [['content-type', 'multipart/form-data; boundary=zz']]],
    ['PUT', []],
  ] as const)(
    'gives what tRPC refuses before reading it (%s) a JSON content type, and a 405 its Allow',
    async (method, headers) => {
      const answer = await send(served.port, { method, path: '/trpc/hello', headers })
      if (answer.type !== 'response') throw new Error(answer.reason)
      expect(answer.headers['content-type']).toBe('application/json')
      if (answer.status === 405) expect(answer.headers.allow).toBeDefined()
      expect(JSON.parse(answer.body.toString())).toHaveProperty('error.data.oz')
    },
  )
})
