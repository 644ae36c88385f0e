import { Hono } from 'hono'
import { hc } from 'hono/client'
import type { JSONParsed } from 'hono/utils/types'
import { describeRoute, openAPIRouteHandler } from 'hono-openapi'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf, type OzWireOf } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozComponents, ozResponses, ozRoute } from 'oz-errors/openapi'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

const getFolder = ozRoute('NOT_EXIST', 'AUTH_NOT_PROVIDED', 'DATABASE')
const createFolder = ozRoute('INVALID_STRUCTURE', 'AUTH_NOT_PROVIDED')

const find = (id: string): Result<{ id: string }, OzErrorOf<'NOT_EXIST' | 'DATABASE'>> =>
  id === '1' ? ok({ id }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

const created = forRoute(createFolder)
const app = new Hono()
  .get(
    '/folders/:id',
    describeRoute({ responses: { 200: { description: 'The folder' }, ...ozResponses(getFolder) } }),
    (c) => forRoute(getFolder).respond(c, find(c.req.param('id'))),
  )
  .post(
    '/folders',
    describeRoute({
      responses: { 201: { description: 'Created' }, ...ozResponses(createFolder, { ref: true }) },
    }),
    created.validator('json', z.object({ name: z.string() })),
    (c) => created.respond(c, ok(c.req.valid('json')), 201),
  )
  .onError(errorHandler())
app.get(
  '/openapi.json',
  openAPIRouteHandler(app, {
    documentation: {
      openapi: '3.1.0',
      info: { title: 'folders', version: '1' },
      // The `$ref`s of `{ ref: true }` point here.
      components: ozComponents(),
    },
  }),
)

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

describe('with hono-openapi', () => {
  it('puts the declared responses, as given, in the generated document', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
      components: { schemas: Record<string, unknown> }
    }
    const get = doc.paths['/folders/{id}']?.get?.responses ?? {}
    expect(Object.keys(get).sort()).toEqual(['200', '401', '404', '500', '503'])
    expect(get['503']).toEqual(JSON.parse(JSON.stringify(ozResponses(getFolder)[503])))
    const post = doc.paths['/folders']?.post?.responses ?? {}
    expect(post['400']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/OzInvalidStructure' } } },
    })
    expect(doc.components.schemas.OzInvalidStructure).toBeDefined()
  })

  it('keeps the handlers typed by the declaration, for hc', async () => {
    const client = hc<typeof app>(server.url)
    const res = await client.folders[':id'].$get({ param: { id: '9' } })
    if (res.status === 503)
      expectTypeOf<Awaited<ReturnType<typeof res.json>>>().toEqualTypeOf<JSONParsed<OzWireOf<'DATABASE'>>>()
    expect(res.status).toBe(404)
    const bad = await client.folders.$post({ json: { name: 7 as unknown as string } })
    expect((await createFolder.fromResponse(bad))._unsafeUnwrapErr().kind).toBe('INVALID_STRUCTURE')
  })
})
