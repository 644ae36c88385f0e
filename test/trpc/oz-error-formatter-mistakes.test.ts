import { OzErr, toWire } from 'oz-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from '../support/serve.js'
import { errorOf, makeRouter, SERVERS } from '../support/trpc.js'

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })

const expectOz = async (response: Response, status: number, oz: unknown) => {
  const text = await response.text()
  expect(text).not.toContain('hunter2')
  expect(response.status).toBe(status)
  expect(errorOf(JSON.parse(text)).data.oz).toStrictEqual(oz)
}

const MALFORMED = {
  error_code: 3,
  error_message: 'The request input is not valid JSON',
  details: null,
}

describe.each(Object.entries(SERVERS))("tRPC's own client mistakes on the %s adapter", (_name, serve) => {
  let served: Served
  beforeAll(async () => {
    served = await serve(makeRouter(), { maxBodySize: 1024 })
  })
  afterAll(() => served.close())

  it('answers a body that does not parse as INVALID_STRUCTURE 400, not echoing it', async () => {
    await expectOz(await post(`${served.url}/trpc/zod`, '{"name": "hunter2'), 400, MALFORMED)
  })

  it('answers a query input that does not parse as INVALID_STRUCTURE 400, not echoing it', async () => {
    await expectOz(
      await fetch(`${served.url}/trpc/raise?input=${encodeURIComponent('{hunter2')}`),
      400,
      MALFORMED,
    )
  })

  it('answers an unknown procedure as NOT_EXIST 404, not echoing its path', async () => {
    await expectOz(await fetch(`${served.url}/trpc/hunter2`), 404, toWire(OzErr.notExist()))
  })

  it('answers a wrong method as NOT_ALLOWED 405, with tRPC’s Allow once', async () => {
    const response = await fetch(`${served.url}/trpc/write`)
    expect(response.headers.get('allow')).toBe('POST')
    await expectOz(response, 405, toWire(OzErr.notAllowed({ details: { method: 'GET', allowed: ['POST'] } })))
    const query = await post(`${served.url}/trpc/hello`, '{}')
    expect(query.headers.get('allow')).toBe('GET')
    await expectOz(query, 405, toWire(OzErr.notAllowed({ details: { method: 'POST', allowed: ['GET'] } })))
  })
})

describe('a payload too large', () => {
  it('is INVALID_STRUCTURE with 400 on the standalone adapter', async () => {
    const served = await SERVERS.standalone(makeRouter(), { maxBodySize: 1024 })
    try {
      const body = JSON.stringify({ name: 'hunter2'.repeat(1000), limit: 1 })
      await expectOz(await post(`${served.url}/trpc/zod`, body), 400, toWire(OzErr.invalidStructure()))
    } finally {
      await served.close()
    }
  })
})
