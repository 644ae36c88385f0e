import { Hono } from 'hono'
import { hc } from 'hono/client'
import { err, ok, type Result } from 'neverthrow'
import { OzErr, type OzErrorOf } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozResponses, ozRoute } from 'oz-errors/openapi'
import * as z from 'zod'

// Each route's error kinds, once. UNKNOWN (500) is always among them.
const getFolder = ozRoute('AUTH_NOT_PROVIDED', 'NOT_EXIST')
const createFolder = ozRoute('AUTH_NOT_PROVIDED', 'INVALID_STRUCTURE')

const find = (id: string): Result<{ id: string }, OzErrorOf<'NOT_EXIST'>> =>
  id === '1' ? ok({ id }) : err(OzErr.notExist({ details: { resource: 'folder', id } }))

const created = forRoute(createFolder)
export const app = new Hono()
  // respond() takes only the declared kinds: an AUTH_FORBIDDEN here would not compile.
  .get('/folders/:id', (c) => forRoute(getFolder).respond(c, find(c.req.param('id'))))
  // validator() exists only because createFolder declares INVALID_STRUCTURE.
  .post('/folders', created.validator('json', z.object({ name: z.string() })), (c) =>
    created.respond(c, ok(c.req.valid('json')), 201),
  )
  .onError(errorHandler())

// The document reads the same lists: 401, 404 and 500 for GET /folders/:id.
export const documented = ozResponses(getFolder)

// The client: hc infers each declared kind's body at its status; the route's fromResponse
// decodes into exactly the declared union (any other kind is an unexpected UNKNOWN).
export const client = async (base: string) => {
  const res = await hc<typeof app>(base).folders[':id'].$get({ param: { id: '2' } })
  if (res.status === 404) return (await res.json()).details?.resource // the NOT_EXIST body
  const result = await getFolder.fromResponse(res)
  return result.isErr() ? result.error.kind : 'found' // 'AUTH_NOT_PROVIDED' | 'NOT_EXIST' | 'UNKNOWN'
}
