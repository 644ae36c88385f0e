// The zod schemas of ozZodResponses check a body as fromWire does, for the kinds of their status:
// here against the bodies a real server sends (@hono/zod-openapi only documents them).
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { OzErr, toWire } from 'oz-errors'
import { ozResponses, ozRoute } from 'oz-errors/openapi'
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

  it('documents each zod schema as ozResponses’ JSON Schema in the generated document', async () => {
    const route = createRoute({
      method: 'get',
      path: '/things/{id}',
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: 'A thing',
          content: { 'application/json': { schema: z.object({ id: z.string() }) } },
        },
        ...ozZodResponses('NOT_EXIST', 'AUTH_INVALID'),
      },
    })
    const app = new OpenAPIHono().openapi(route, (c) => c.json({ id: c.req.valid('param').id }, 200))
    app.doc31('/doc', { openapi: '3.1.0', info: { title: 'things', version: '1' } })
    const docServer = await listen(app)
    try {
      const doc = (await (await fetch(`${docServer.url}/doc`)).json()) as {
        paths: Record<
          string,
          { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }
        >
      }
      const responses = doc.paths['/things/{id}']?.get.responses ?? {}
      const plain = ozResponses('NOT_EXIST', 'AUTH_INVALID')
      for (const status of ['401', '404'] as const) {
        const { title: _, ...documented } = plain[status].content['application/json'].schema
        expect(responses[status]?.content['application/json']?.schema).toEqual(documented)
      }
    } finally {
      await docServer.close()
    }
  })
})
