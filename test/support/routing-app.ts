import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { errorHandler, methodNotAllowedHandler, notFoundHandler, wrapNonErrors } from 'oz-errors/hono'

/** An app with both routing handlers, as a Hono app registers them: 404 and 405 in one setup. */
export const routingApp = (): Hono => {
  const app = new Hono()
  app.use(wrapNonErrors())
  app.use(async (c, next) => {
    c.header('x-request-id', 'req-1')
    await next()
  })
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
  app.get('/folders', (c) => c.json([]))
  app.post('/folders', (c) => c.json({}, 201))
  app.delete('/folders/:id', (c) => c.body(null, 204))
  app.get('/no-allow', () => {
    throw new HTTPException(405)
  })
  app.notFound(notFoundHandler)
  app.onError(errorHandler())
  return app
}
