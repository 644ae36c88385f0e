import { Hono } from 'hono'
import { describeRoute, openAPIRouteHandler } from 'hono-openapi'
import { ok } from 'neverthrow'
import { forRoute } from 'oz-errors/hono'
import { ozResponses, ozRoute } from 'oz-errors/openapi'

const listFolders = ozRoute('AUTH_NOT_PROVIDED', 'INVALID_VALUE', 'DATABASE')

export const app = new Hono().get(
  '/folders',
  describeRoute({ responses: { 200: { description: 'The folders' }, ...ozResponses(listFolders) } }),
  (c) => forRoute(listFolders).respond(c, ok([])),
)
app.get(
  '/openapi.json',
  openAPIRouteHandler(app, { documentation: { info: { title: 'files', version: '1' } } }),
)
