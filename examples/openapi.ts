import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Hono } from 'hono'
import { ozComponents, ozResponses } from 'oz-errors/openapi'
import { OPERATIONS, type Operation, requestSchema } from './declarations.js'
import { TOKEN_HEADER } from './http.js'

const METHODS = ['get', 'post', 'patch', 'delete'] as const

const parameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))

const operation = (op: Operation) => ({
  summary: op.summary,
  operationId: `${op.method}${op.path.replace(/\W+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
  tags: [op.path.split('/')[2] ?? 'api'],
  ...(op.token ? {} : { security: [] }),
  ...(parameters(op.path).length > 0 ? { parameters: parameters(op.path) } : {}),
  ...(op.body === undefined
    ? {}
    : {
        requestBody: { required: true, content: { 'application/json': { schema: requestSchema(op.body) } } },
      }),
  responses: {
    [op.success.status]: {
      description: op.success.description,
      ...(op.success.status === 204
        ? {}
        : { content: { 'application/json': { schema: { type: 'object' } } } }),
    },
    ...ozResponses(op.errors, { ref: true }),
  },
})

// A method the path does not have is answered 405 with `Allow`, before any route runs, so the
// document lists it too: what the server can answer is what it says.
const notAllowed = (allowed: readonly string[]) => ({
  summary: `Not allowed here (the path allows ${allowed.map((m) => m.toUpperCase()).join(', ')})`,
  tags: ['not allowed'],
  security: [],
  responses: ozResponses(['NOT_ALLOWED'], { ref: true }),
})

/** The OpenAPI 3.1 document of the example's REST API, from the routes' declarations. */
export const openApiDocument = () => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op) }
  }
  for (const item of Object.values(paths)) {
    const allowed = METHODS.filter((method) => method in item)
    for (const method of METHODS) if (!(method in item)) item[method] = notAllowed(allowed)
  }
  const { schemas, responses } = ozComponents()
  return {
    openapi: '3.1.0',
    info: {
      title: 'Oz example API',
      version: '1.0.0',
      description: 'Every error is an Oz body: `{ error_code, error_message, details }`.',
    },
    servers: [{ url: '/' }],
    security: [{ token: [] }, { bearer: [] }],
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: {
        token: { type: 'apiKey', in: 'header', name: TOKEN_HEADER },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  }
}

// Swagger UI from the swagger-ui-dist package, served from here: the page loads nothing from
// anywhere else (the validator badge, which would call validator.swagger.io, is off).
const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const asset = (file: string) => readFileSync(join(dist, file), 'utf8')

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Oz example API</title><link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body>
</html>`

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', validatorUrl: null,
  docExpansion: 'full', defaultModelsExpandDepth: -1, deepLinking: false })`

/** `GET /openapi.json` and the API reference at `GET /docs`, its scripts and styles served here. */
export const openApiRoutes = () => {
  const document = JSON.stringify(openApiDocument())
  const files: Record<string, [string, string]> = {
    'swagger-ui.css': ['text/css', asset('swagger-ui.css')],
    'swagger-ui-bundle.js': ['text/javascript', asset('swagger-ui-bundle.js')],
    'init.js': ['text/javascript', INIT],
  }
  return new Hono()
    .get('/openapi.json', (c) => c.body(document, 200, { 'content-type': 'application/json' }))
    .get('/docs', (c) => c.html(PAGE))
    .get('/docs/:file', (c, next) => {
      const file = files[c.req.param('file')]
      return file === undefined ? next() : c.body(file[1], 200, { 'content-type': file[0] })
    })
}
