import { Hono } from 'hono'
import { fromWire, OzErr } from 'oz-errors'
import { errorHandler, ozValidator } from 'oz-errors/hono'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

const zodFolder = z.object({
  name: z.string().min(3),
  tags: z.array(z.object({ label: z.string() })).default([]),
})
const valibotSignup = v.object({ email: v.pipe(v.string(), v.email()), age: v.number() })
const zodPage = z.object({
  limit: z.coerce.number().int().max(100),
  order: z.enum(['asc', 'desc']).optional(),
})
const valibotId = v.object({ id: v.pipe(v.string(), v.regex(/^\d+$/)) })

const app = new Hono()
  .post('/zod', ozValidator('json', zodFolder), (c) => c.json(c.req.valid('json'), 201))
  .post('/valibot', ozValidator('json', valibotSignup), (c) => c.json(c.req.valid('json'), 201))
  .get('/page', ozValidator('query', zodPage), (c) => c.json(c.req.valid('query')))
  .get('/items/:id', ozValidator('param', valibotId), (c) => c.json(c.req.valid('param')))
  .onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const post = (path: string, body: unknown) =>
  fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const failure = async (response: Response) => {
  expect(response.status).toBe(400)
  const text = await response.text()
  return { text, error: fromWire(JSON.parse(text))._unsafeUnwrap() }
}

describe('ozValidator with zod', () => {
  it('passes the parsed output (defaults applied) to the handler', async () => {
    const response = await post('/zod', { name: 'Reports' })
    expect(response.status).toBe(201)
    expect(await response.json()).toStrictEqual({ name: 'Reports', tags: [] })
  })

  it('rejects with INVALID_STRUCTURE 400 and dotted key_paths for every issue', async () => {
    const { error } = await failure(await post('/zod', { name: 'ab', tags: [{ label: 1 }] }))
    expect(error.kind).toBe('INVALID_STRUCTURE')
    const details = error.kind === 'INVALID_STRUCTURE' ? error.details : null
    expect(details?.key_path).toBe('name')
    expect(details?.issues?.map((issue) => issue.key_path)).toStrictEqual(['name', 'tags.0.label'])
  })

  it('validates and coerces the query', async () => {
    const ok = await fetch(`${server.url}/page?limit=20&order=asc`)
    expect(await ok.json()).toStrictEqual({ limit: 20, order: 'asc' })
    const { error } = await failure(await fetch(`${server.url}/page?limit=1000`))
    expect(error).toMatchObject({ kind: 'INVALID_STRUCTURE', details: { key_path: 'limit' } })
  })

  it('rejects a body sent without a JSON content type as missing fields, not as a crash', async () => {
    const { error } = await failure(await fetch(`${server.url}/zod`, { method: 'POST', body: 'name=x' }))
    expect(error.kind).toBe('INVALID_STRUCTURE')
  })
})

describe('ozValidator with valibot', () => {
  it('passes the output to the handler', async () => {
    const response = await post('/valibot', { email: 'alice@example.com', age: 30 })
    expect(await response.json()).toStrictEqual({ email: 'alice@example.com', age: 30 })
  })

  it("never echoes the rejected value that valibot's email message quotes", async () => {
    const rejected = 'alice.private.mailbox@'
    const { text, error } = await failure(await post('/valibot', { email: rejected, age: 30 }))
    expect(text).not.toContain(rejected)
    expect(error).toStrictEqual(
      OzErr.invalidStructure({
        details: {
          key_path: 'email',
          issues: [{ key_path: 'email', message: 'Expected a valid email' }],
        },
      }),
    )
  })

  it('validates path parameters', async () => {
    expect(await (await fetch(`${server.url}/items/42`)).json()).toStrictEqual({ id: '42' })
    const { text, error } = await failure(await fetch(`${server.url}/items/secret-id-value`))
    expect(text).not.toContain('secret-id-value')
    expect(error).toMatchObject({ details: { key_path: 'id' } })
  })
})

describe('ozValidator without a socket', () => {
  it('answers app.request() the same way', async () => {
    const response = await app.request('/zod', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 1 }),
    })
    expect(response.status).toBe(400)
    expect(fromWire(await response.json())._unsafeUnwrap().kind).toBe('INVALID_STRUCTURE')
  })
})

describe('ozValidator never echoes input, and keeps the schema’s own words', () => {
  const request = (app: Hono, body: string) =>
    app.request('/', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  const messages = async (response: Response) => {
    const error = fromWire(await response.json())._unsafeUnwrap()
    return error.kind === 'INVALID_STRUCTURE' ? error.details?.issues?.map((issue) => issue.message) : []
  }

  it('tells a client that sent the string "number" that zod expected a number', async () => {
    const app = new Hono().post('/', ozValidator('json', z.object({ count: z.number() })), (c) => c.json({}))
    expect(await messages(await request(app, '{"count":"number"}'))).toStrictEqual(['Expected number'])
  })

  it("keeps valibot's expected type, without the value", async () => {
    const app = new Hono().post('/', ozValidator('json', v.object({ count: v.number() })), (c) => c.json({}))
    expect(await messages(await request(app, '{"count":"number"}'))).toStrictEqual(['Expected number'])
  })

  it('does not send back a key name the client made up', async () => {
    const key = 'client-chosen-key-<script>'
    const app = new Hono().post('/', ozValidator('json', z.strictObject({ name: z.string() })), (c) =>
      c.json({}),
    )
    const response = await request(app, JSON.stringify({ name: 'a', [key]: 1 }))
    expect(response.status).toBe(400)
    expect(await response.text()).not.toContain(key)
  })
})

describe('ozValidator never echoes input that needs escaping, however many keys', () => {
  const SECRET = 'SECRET'
  const leaks = async (app: Hono, body: unknown) => {
    const response = await app.request('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(400)
    const error = fromWire(await response.json())._unsafeUnwrap()
    return error.kind === 'INVALID_STRUCTURE' ? (error.details?.issues?.map((i) => i.message) ?? []) : []
  }
  const email = new Hono().post(
    '/',
    ozValidator('json', v.object({ email: v.pipe(v.string(), v.email()) })),
    (c) => c.json({}),
  )

  it.each([`${SECRET}"token`, `${SECRET}\ntoken`, `${SECRET}\\token`, `${SECRET}'token`])(
    'takes %j out of valibot’s message, quoted as valibot quotes it',
    async (value) => {
      for (const message of await leaks(email, { email: value })) expect(message).not.toContain(SECRET)
    },
  )

  it('takes out every one of 200 unknown keys from zod’s message', async () => {
    const app = new Hono().post('/', ozValidator('json', z.strictObject({ name: z.string() })), (c) =>
      c.json({}),
    )
    const body: Record<string, unknown> = { name: 'a' }
    for (let i = 0; i < 200; i++) body[`${SECRET}_${i}"x`] = i
    for (const message of await leaks(app, body)) expect(message).not.toContain(SECRET)
  })

  it('takes the key out of valibot’s key checks (strictObject, record)', async () => {
    const strict = new Hono().post('/', ozValidator('json', v.strictObject({ name: v.string() })), (c) =>
      c.json({}),
    )
    for (const message of await leaks(strict, { name: 'a', [`${SECRET}KEY`]: 1 }))
      expect(message).not.toContain(SECRET)
    const record = new Hono().post(
      '/',
      ozValidator('json', v.record(v.pipe(v.string(), v.regex(/^[a-z]+$/)), v.number())),
      (c) => c.json({}),
    )
    for (const message of await leaks(record, { [`${SECRET}_KEY`]: 1 })) expect(message).not.toContain(SECRET)
  })
})
