// The zod schemas of ozZodResponses check a body as fromWire does, for the kinds of their status:
// here against the bodies a real server sends (@hono/zod-openapi only documents them).
import { Hono } from 'hono'
import { OzErr, toWire } from 'oz-errors'
import { ozRoute } from 'oz-errors/openapi'
import { ozZodResponses } from 'oz-errors/openapi/zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

let server: Served
beforeAll(async () => {
  const app = new Hono()
    .get('/structure', (c) => c.json(toWire(OzErr.invalidStructure({ details: { issues: [] } })), 400))
    .get('/value', (c) => c.json(toWire(OzErr.invalidValue({ details: { key_path: 'name' } })), 400))
    .get('/missing', (c) => c.json(toWire(OzErr.notExist({ details: { resource: 'folder' } })), 404))
    .get('/html', (c) => c.html('<h1>Not Found</h1>', 404))
  server = await listen(app)
})
afterAll(() => server.close())

const body = async (path: string): Promise<unknown> => {
  const res = await fetch(`${server.url}${path}`)
  return res.headers.get('content-type')?.includes('json') ? res.json() : res.text()
}

describe('ozZodResponses, the schema of a status', () => {
  it('accepts the body of each kind declared at that status', async () => {
    const responses = ozZodResponses(ozRoute('INVALID_STRUCTURE', 'INVALID_VALUE', 'NOT_EXIST'))
    const at400 = responses[400].content['application/json'].schema
    expect(at400.safeParse(await body('/structure')).success).toBe(true)
    expect(at400.safeParse(await body('/value')).success).toBe(true)
    expect(responses[404].content['application/json'].schema.safeParse(await body('/missing')).success).toBe(
      true,
    )
  })

  it('refuses the body of a kind declared at another status, or not declared', async () => {
    const responses = ozZodResponses('INVALID_VALUE', 'NOT_EXIST')
    expect(responses[400].content['application/json'].schema.safeParse(await body('/missing')).success).toBe(
      false,
    )
    expect(responses[404].content['application/json'].schema.safeParse(await body('/value')).success).toBe(
      false,
    )
    expect(
      responses[400].content['application/json'].schema.safeParse(await body('/structure')).success,
    ).toBe(false)
  })

  it('refuses what is not an Oz body at all', async () => {
    const schema = ozZodResponses('NOT_EXIST')[404].content['application/json'].schema
    expect(schema.safeParse(await body('/html')).success).toBe(false)
    expect(schema.safeParse({ error_code: 10 }).success).toBe(false)
  })

  it('documents the one Oz body, as ozResponses does, in OpenAPI 3.0 when asked', () => {
    const response = ozZodResponses(['NOT_EXIST'], { openapi: '3.0' })[404]
    expect(Object.keys(response.content)).toEqual(['application/json'])
    expect(response.description).toBe('NOT_EXIST (10): The requested resource is not found')
    expect(Object.keys(response.content['application/json'].examples)).toEqual(['NOT_EXIST'])
  })
})
