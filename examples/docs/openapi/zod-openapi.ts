import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { err, ok } from 'neverthrow'
import { OzErr } from 'oz-errors'
import { errorHandler, forRoute } from 'oz-errors/hono'
import { ozRoute } from 'oz-errors/openapi'
import { ozDefaultHook, ozZodResponses } from 'oz-errors/openapi/zod'

const getFolder = ozRoute('NOT_EXIST')
const Folder = z.object({ id: z.string() })

const route = createRoute({
  method: 'get',
  path: '/folders/{id}',
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: 'The folder', content: { 'application/json': { schema: Folder } } },
    // zod schemas documented with our JSON Schema, so app.openapi types the error responses.
    ...ozZodResponses(getFolder),
  },
})

// A request the schemas refuse is INVALID_STRUCTURE 400, not zod-openapi's own body.
export const app = new OpenAPIHono({ defaultHook: ozDefaultHook }).openapi(route, (c) => {
  const { id } = c.req.valid('param')
  return forRoute(getFolder).respond(
    c,
    id === '1' ? ok({ id }) : err(OzErr.notExist({ details: { resource: 'folder', id } })),
  )
})
app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'files', version: '1' } })
app.onError(errorHandler())
