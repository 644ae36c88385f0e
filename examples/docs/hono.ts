import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { hc } from 'hono/client'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { err, ok } from 'neverthrow'
import { fromWire, OzErr, OzException } from 'oz-errors'
import {
  errorHandler,
  methodNotAllowedHandler,
  notFoundHandler,
  ozValidator,
  respond,
  wrapNonErrors,
} from 'oz-errors/hono'
import * as z from 'zod'

const folders = new Map([['1', { id: '1', name: 'Reports' }]])

const app = new Hono()
app.use(wrapNonErrors()) // first: a thrown string or object reaches onError too
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
app.onError(errorHandler({ realm: 'files' }))
app.notFound(notFoundHandler)

const routes = app
  .get('/folders/:id', (c) => {
    const id = c.req.param('id')
    const folder = folders.get(id)
    return respond(c, folder ? ok(folder) : err(OzErr.notExist({ details: { resource: 'folder', id } })))
  })
  .post('/folders', ozValidator('json', z.object({ name: z.string().min(1) })), (c) => {
    if (!c.req.header('authorization')) throw new OzException(OzErr.authNotProvided())
    const folder = { id: String(folders.size + 1), ...c.req.valid('json') }
    folders.set(folder.id, folder)
    return respond(c, ok(folder), 201)
  })

serve({ fetch: app.fetch, port: 3000 }, async () => {
  // The RPC client infers both bodies: the folder on 2xx, the error's wire body otherwise.
  const client = hc<typeof routes>('http://localhost:3000')
  const res = await client.folders[':id'].$get({ param: { id: '9' } })
  if (!res.ok) {
    const body = await res.json() // OzWireOf<'NOT_EXIST'>
    console.log(res.status, body.error_code, fromWire(body)._unsafeUnwrap().kind) // 404 10 NOT_EXIST
  }
})
