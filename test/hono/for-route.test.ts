import { type Context, Hono } from 'hono'
import { hc } from 'hono/client'
import type { JSONParsed } from 'hono/utils/types'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf, type OzWireOf } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozResponses, ozRoute } from 'oz-errors/openapi'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

// Declared once; the handler, the client and the document all read these.
const getFolder = ozRoute('NOT_EXIST', 'AUTH_NOT_PROVIDED')
const createFolder = ozRoute('INVALID_STRUCTURE', 'AUTH_NOT_PROVIDED')

const find = (id: string): Result<{ id: string }, OzErrorOf<'NOT_EXIST'>> =>
  id === '1' ? ok({ id }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

const created = forRoute(createFolder)
const app = new Hono()
  .get('/folders/:id', (c) => forRoute(getFolder).respond(c, find(c.req.param('id'))))
  .post('/folders', created.validator('json', z.object({ name: z.string() })), (c) =>
    created.respond(c, ok({ name: c.req.valid('json').name }), 201),
  )
  // Answers a kind getFolder does not declare, as a misbehaving server would.
  .get(
    '/rogue',
    () =>
      new Response(JSON.stringify({ error_code: 9, error_message: 'no', details: null }), { status: 403 }),
  )
  .onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

// As JSON parses them (mutable arrays), as Hono types every JSON body.
type Declared =
  | JSONParsed<OzWireOf<'NOT_EXIST'>>
  | JSONParsed<OzWireOf<'AUTH_NOT_PROVIDED'>>
  | JSONParsed<OzWireOf<'UNKNOWN'>>

describe('forRoute: a route’s declared kinds', () => {
  it('gives hc exactly the declared bodies, each at its status', async () => {
    const client = hc<typeof app>(server.url)
    const res = await client.folders[':id'].$get({ param: { id: '9' } })
    if (!res.ok) {
      expectTypeOf<Awaited<ReturnType<typeof res.json>>>().toEqualTypeOf<Declared>()
      if (res.status === 404)
        expectTypeOf<Awaited<ReturnType<typeof res.json>>>().toEqualTypeOf<
          JSONParsed<OzWireOf<'NOT_EXIST'>>
        >()
    }
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error_code: 10, details: { resource: 'folder', id: '9' } })
  })

  it('validates through the declaration that lists INVALID_STRUCTURE', async () => {
    const client = hc<typeof app>(server.url)
    const bad = await client.folders.$post({ json: { name: 1 as unknown as string } })
    expect(bad.status).toBe(400)
    if (bad.status === 400)
      expectTypeOf<Awaited<ReturnType<typeof bad.json>>>().toEqualTypeOf<
        JSONParsed<OzWireOf<'INVALID_STRUCTURE'>>
      >()
    expect(await bad.json()).toMatchObject({ error_code: 3 })
    expect(Object.keys(ozResponses(createFolder)).sort()).toEqual(['400', '401', '500'])
  })

  it('refuses at compile time an error, or a validator, the route did not declare', () => {
    const _refused = (c: Context) => {
      const forbidden: Result<never, OzErrorOf<'AUTH_FORBIDDEN'>> = err(OzErr.authForbidden())
      // @ts-expect-error: AUTH_FORBIDDEN is not declared by getFolder
      forRoute(getFolder).respond(c, forbidden)
      // @ts-expect-error: DATABASE is not declared by getFolder
      forRoute(getFolder).errorResponse(OzErr.database())
      // @ts-expect-error: getFolder does not declare INVALID_STRUCTURE, so it cannot validate
      forRoute(getFolder).validator('json', z.object({}))
      return forRoute(getFolder).errorResponse(OzErr.unknown())
    }
    expect(typeof _refused).toBe('function')
  })

  it('decodes a client response into the declared union; another kind is an unexpected UNKNOWN', async () => {
    const missing = await getFolder.fromResponse(await fetch(`${server.url}/folders/9`))
    expectTypeOf(missing).toEqualTypeOf<
      Result<Response, OzErrorOf<'NOT_EXIST' | 'AUTH_NOT_PROVIDED' | 'UNKNOWN'>>
    >()
    expect(missing._unsafeUnwrapErr()).toMatchObject({ kind: 'NOT_EXIST' })
    const rogue = (await getFolder.fromResponse(await fetch(`${server.url}/rogue`)))._unsafeUnwrapErr()
    expect(rogue.kind).toBe('UNKNOWN')
    expect(rogue.cause).toEqual({ undeclared: expect.objectContaining({ kind: 'AUTH_FORBIDDEN', code: 9 }) })
    expect((await getFolder.fromResponse(await fetch(`${server.url}/folders/1`))).isOk()).toBe(true)
  })
})
