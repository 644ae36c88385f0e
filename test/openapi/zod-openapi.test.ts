import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { hc } from 'hono/client'
import type { JSONParsed } from 'hono/utils/types'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf, type OzWireOf } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozResponses, ozRoute } from 'oz-errors/openapi'
import { ozDefaultHook, ozZodResponses } from 'oz-errors/openapi/zod'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

const getFolder = ozRoute('NOT_EXIST', 'AUTH_NOT_PROVIDED')
const createFolder = ozRoute('INVALID_STRUCTURE')
const Folder = z.object({ id: z.string(), name: z.string() })

const find = (id: string): Result<z.infer<typeof Folder>, OzErrorOf<'NOT_EXIST'>> =>
  id === '1' ? ok({ id, name: 'Reports' }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

const getRoute = createRoute({
  method: 'get',
  path: '/folders/{id}',
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: 'The folder', content: { 'application/json': { schema: Folder } } },
    ...ozZodResponses(getFolder),
  },
})
const postRoute = createRoute({
  method: 'post',
  path: '/folders',
  request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().min(1) }) } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: Folder } } },
    ...ozZodResponses(createFolder),
  },
})

const app = new OpenAPIHono({ defaultHook: ozDefaultHook })
  .openapi(getRoute, (c) => forRoute(getFolder).respond(c, find(c.req.valid('param').id)))
  .openapi(postRoute, (c) => forRoute(createFolder).respond(c, ok({ id: '2', ...c.req.valid('json') }), 201))
app.doc31('/doc', { openapi: '3.1.0', info: { title: 'folders', version: '1' } })
app.onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

describe('with @hono/zod-openapi', () => {
  it('documents the declared responses exactly as ozResponses does', async () => {
    const doc = (await (await fetch(`${server.url}/doc`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
    }
    const documented = doc.paths['/folders/{id}']?.get?.responses ?? {}
    expect(Object.keys(documented).sort()).toEqual(['200', '401', '404', '500'])
    const plain = ozResponses(getFolder)
    expect(documented['404']).toEqual({
      ...plain['404'],
      content: {
        'application/json': { ...plain['404'].content['application/json'], schema: expect.anything() },
      },
    })
    const schema = (documented['404'] as { content: Record<string, { schema: unknown }> }).content[
      'application/json'
    ]
    const { title: _, ...ours } = plain['404'].content['application/json'].schema
    expect(schema?.schema).toEqual(ours)
    expect(Object.keys(doc.paths['/folders']?.post?.responses ?? {}).sort()).toEqual(['201', '400', '500'])
  })

  it('types the handler’s error responses, so hc infers their bodies', async () => {
    const client = hc<typeof app>(server.url)
    const res = await client.folders[':id'].$get({ param: { id: '9' } })
    if (res.status === 404)
      expectTypeOf<Awaited<ReturnType<typeof res.json>>>().toEqualTypeOf<JSONParsed<OzWireOf<'NOT_EXIST'>>>()
    expect(res.status).toBe(404)
    expect((await getFolder.fromResponse(res))._unsafeUnwrapErr().kind).toBe('NOT_EXIST')
  })

  it('answers a request its schema refuses with INVALID_STRUCTURE through ozDefaultHook', async () => {
    const res = await fetch(`${server.url}/folders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    })
    expect(res.status).toBe(400)
    const error = (await createFolder.fromResponse(res))._unsafeUnwrapErr()
    expect(error).toMatchObject({ kind: 'INVALID_STRUCTURE', details: { issues: [{ key_path: 'name' }] } })
  })

  it('does not compile a handler answering a kind its route did not document', () => {
    const _refused = () =>
      new OpenAPIHono()
        // @ts-expect-error: DATABASE (503) is not among getRoute's responses
        .openapi(getRoute, (c) => forRoute(ozRoute('DATABASE')).respond(c, err(OzErr.database())))
    expect(typeof _refused).toBe('function')
  })
})
