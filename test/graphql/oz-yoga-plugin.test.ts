import { ozYogaPlugin } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCEPTS, firstError, type Reply } from '../support/graphql-fixtures.js'
import { type Started, startYoga } from '../support/graphql-servers.js'
import { expectNothingLeaked } from './server-suite.js'

const get = async (url: string, search: string, accept: string): Promise<Reply> => {
  const response = await fetch(`${url}?${search}`, { headers: { accept, authorization: 'Bearer alice' } })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Reply['body'] }
}

const MALFORMED = 'Malformed request parameters: `variables` and `extensions` must be JSON objects'

// What graphql-yoga can send, as its 406 names it: each with a charset but the very last one.
const YOGA_SENDS = [
  'text/event-stream; charset=utf-8',
  'multipart/mixed; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
]

describe('graphql-yoga with maskError and ozYogaPlugin', () => {
  let server: Started
  beforeAll(async () => {
    server = await startYoga({ ours: true })
  })
  afterAll(() => server.close())

  describe.each(ACCEPTS)('with Accept: %s', (accept) => {
    it.each([
      ['variables', 'query=%7B%20hello%20%7D&variables=%7Bnot-json'],
      ['extensions', 'query=%7B%20hello%20%7D&extensions=nope'],
    ])('answers a GET whose %s is not JSON with 400 BAD_REQUEST, not a 500 UNKNOWN', async (_, search) => {
      const reply = await get(server.url, search, accept)
      expect(reply.status).toBe(400)
      expect(firstError(reply)).toEqual({ message: MALFORMED, extensions: { code: 'BAD_REQUEST' } })
      expect(reply.text).not.toContain('not-json')
      expectNothingLeaked(reply)
    })

    it.each([
      ['variables', 'query=%7B%20hello%20%7D&variables=%7Bnot-json'],
      ['extensions', 'query=%7B%20hello%20%7D&extensions=nope'],
    ])('answers a form body whose %s is not JSON with 400 BAD_REQUEST', async (_, body) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          accept,
          'content-type': 'application/x-www-form-urlencoded',
          authorization: 'Bearer alice',
        },
        body,
      })
      const text = await response.text()
      expect(response.status).toBe(400)
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: MALFORMED, extensions: { code: 'BAD_REQUEST' } }],
      })
    })

    it('answers a malformed JSON body without echoing it (no originalError extension)', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { accept, 'content-type': 'application/json', authorization: 'Bearer alice' },
        body: '{"query": "{ hello }", "password": hunter2',
      })
      const text = await response.text()
      expect(response.status).toBe(400)
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      })
    })

    it('answers 200 when a library’s GraphQLError with extensions.http 403 fails a field', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { accept, 'content-type': 'application/json', authorization: 'Bearer alice' },
        body: JSON.stringify({ query: '{ hello foreign403 }' }),
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as Reply['body']
      expect(body.data).toEqual({ hello: 'world', foreign403: null })
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' })
    })
  })

  it('still answers a GET with good parameters', async () => {
    const reply = await get(server.url, 'query=%7B%20hello%20%7D&variables=%7B%7D', 'application/json')
    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({ data: { hello: 'world' } })
  })

  it('names in its 406 each type Yoga can send, once and in Yoga’s order', async () => {
    for (const [accept, listed] of [
      ['text/x', [...YOGA_SENDS, 'application/json']],
      ['text/x, text/y', [...YOGA_SENDS, 'application/json; charset=utf-8', 'application/json']],
      ['text/x,,text/y,', [...YOGA_SENDS, 'application/json; charset=utf-8', 'application/json']],
    ] as const) {
      const response = await fetch(`${server.url}?query=%7B%20hello%20%7D`, { headers: { accept } })
      await response.text()
      expect(response.status).toBe(406)
      expect(response.headers.get('accept')).toBe(listed.join(', '))
    }
  })

  it('answers an Accept it cannot meet with a 406 whose Accept names each type once', async () => {
    for (const accept of ['text/x,'.repeat(1000), ','.repeat(2000)]) {
      const response = await fetch(`${server.url}?query=%7B%20hello%20%7D`, { headers: { accept } })
      await response.text()
      expect(response.status).toBe(406)
      const listed = (response.headers.get('accept') ?? '').split(', ')
      expect(listed.length).toBeGreaterThan(0)
      expect(new Set(listed).size).toBe(listed.length)
      expect((response.headers.get('accept') ?? '').length).toBeLessThan(1024)
    }
  })
})

describe('graphql-yoga with a plugin that gives its answers an Accept header', () => {
  let server: Started
  beforeAll(async () => {
    // Names `text/a` twice in every answer, or takes the Accept away when the request asks.
    const addsAccept = {
      onResponse: ({ request, response }: { request: Request; response: Response }) => {
        if (request.headers.has('x-drop-accept')) response.headers.delete('accept')
        else response.headers.set('accept', 'text/a, text/a')
      },
    }
    server = await startYoga({ ours: true }, { plugins: [addsAccept, ozYogaPlugin()] })
  })
  afterAll(() => server.close())

  it('leaves the Accept of an answer that is not a 406 as it was', async () => {
    const reply = await get(server.url, 'query=%7B%20hello%20%7D', 'application/json')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('accept')).toBe('text/a, text/a')
  })

  it('names each type once in the Accept of a 406, whoever set it', async () => {
    const response = await fetch(`${server.url}?query=%7B%20hello%20%7D`, { headers: { accept: 'text/x' } })
    await response.text()
    expect(response.headers.get('accept')).toBe('text/a')
  })

  it('leaves a 406 whose Accept was taken away without one', async () => {
    const response = await fetch(`${server.url}?query=%7B%20hello%20%7D`, {
      headers: { accept: 'text/x', 'x-drop-accept': '1' },
    })
    await response.text()
    expect(response.status).toBe(406)
    expect(response.headers.has('accept')).toBe(false)
  })
})
