import { Hono } from 'hono'
import { hc } from 'hono/client'
import { err, ok, type Result } from 'neverthrow'
import { fromWire, OzErr, type OzError, type OzErrorOf, type OzWire, type OzWireOf } from 'oz-errors'
import { errorHandler, errorResponse, ozValidator, respond } from 'oz-errors/hono'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import { listen, type Served } from '../support/serve.js'

interface Folder {
  id: string
  name: string
}

const findFolder = (id: string): Result<Folder, OzErrorOf<'NOT_EXIST'> | OzErrorOf<'AUTH_FORBIDDEN'>> =>
  id === '1' ? ok({ id, name: 'Reports' }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

const createFolder = z.object({ name: z.string().min(1), color: z.enum(['red', 'blue']).default('red') })
const paging = v.object({ limit: v.optional(v.pipe(v.string(), v.transform(Number)), '10') })

const app = new Hono()
  .get('/folders/:id', (c) => respond(c, findFolder(c.req.param('id'))))
  .post('/folders', ozValidator('json', createFolder), (c) => {
    const body = c.req.valid('json')
    expectTypeOf(body).toEqualTypeOf<{ name: string; color: 'red' | 'blue' }>()
    return respond(c, ok({ id: '2', ...body }), 201)
  })
  .get('/folders', ozValidator('query', paging), (c) => {
    expectTypeOf(c.req.valid('query')).toEqualTypeOf<{ limit: number }>()
    return c.json({ limit: c.req.valid('query').limit })
  })
  .onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

describe('types for the RPC client (hono/client)', () => {
  it('infers the success body and the error body of a respond() route', async () => {
    const client = hc<typeof app>(server.url)
    const found = await client.folders[':id'].$get({ param: { id: '1' } })
    if (found.ok) {
      expectTypeOf(await found.json()).toEqualTypeOf<Folder>()
    } else {
      expectTypeOf(await found.json()).toEqualTypeOf<OzWireOf<'NOT_EXIST'> | OzWireOf<'AUTH_FORBIDDEN'>>()
    }
    expect(found.status).toBe(200)

    const missing = await client.folders[':id'].$get({ param: { id: '9' } })
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      const body = await missing.json()
      expectTypeOf(body.error_code).toEqualTypeOf<10 | 9>()
      expect(fromWire(body)._unsafeUnwrap().kind).toBe('NOT_EXIST')
    }
  })

  it("adds the validator's INVALID_STRUCTURE body to the route's error bodies", async () => {
    const client = hc<typeof app>(server.url)
    const response = await client.folders.$post({ json: { name: '' } })
    expect(response.status).toBe(400)
    if (!response.ok) {
      expectTypeOf(await response.json()).toEqualTypeOf<OzWireOf<'INVALID_STRUCTURE'>>()
    } else {
      expectTypeOf(await response.json()).toEqualTypeOf<{ id: string; name: string; color: 'red' | 'blue' }>()
    }
  })

  it("types the client's query input from the schema's input", () => {
    const client = hc<typeof app>(server.url)
    expectTypeOf(client.folders.$get).parameter(0).toEqualTypeOf<{ query: { limit?: string | undefined } }>()
  })
})

describe('types of the helpers', () => {
  it('composes with an app that declares its own Env', () => {
    type AppEnv = { Variables: { user: string } }
    new Hono<AppEnv>().post('/notes', ozValidator('json', z.object({ text: z.string() })), (c) => {
      expectTypeOf(c.var.user).toEqualTypeOf<string>()
      expectTypeOf(c.req.valid('json')).toEqualTypeOf<{ text: string }>()
      return c.json({ by: c.var.user, ...c.req.valid('json') })
    })
  })

  it('types errorResponse by the kinds it may render', () => {
    const response = errorResponse(OzErr.authExpired())
    expectTypeOf(response).toExtend<Response>()
    expectTypeOf(response._data).toEqualTypeOf<OzWireOf<'AUTH_EXPIRED'>>()
    const render = (error: OzError) => errorResponse(error)._data
    expectTypeOf(render).returns.toEqualTypeOf<OzWire>()
  })

  it('accepts only Results whose error is an OzError', () => {
    const plain: Result<number, Error> = err(new Error('no'))
    new Hono().get('/', (c) =>
      // @ts-expect-error: an Error is not an OzError, so it has no wire body to render.
      respond(c, plain),
    )
  })
})
