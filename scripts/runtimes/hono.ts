// A Hono app wired as the README says, asked through `app.request` (a fetch call, no server),
// so that it runs wherever Hono does: routing, validation and thrown errors, each answered
// with its status, headers and body.
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { err, ok } from 'neverthrow'
import { OzErr, OzException } from 'oz-errors'
import { errorHandler, methodNotAllowedHandler, notFoundHandler, ozValidator, respond } from 'oz-errors/hono'
import * as z from 'zod'
import { assert, type Check, equal } from './harness.js'

const SECRET = 'password=hunter2'
const unexpected: unknown[] = []

const app = new Hono()
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedHandler }))
app.onError(errorHandler({ realm: 'files', onUnexpected: (error) => unexpected.push(error) }))
app.notFound(notFoundHandler)
app
  .get('/folders/:id', (c) => {
    const id = c.req.param('id')
    return respond(
      c,
      id === '1' ? ok({ id, name: 'Reports' }) : err(OzErr.notExist({ details: { resource: 'folder', id } })),
    )
  })
  .post('/folders', ozValidator('json', z.object({ name: z.string().min(1) })), (c) =>
    respond(c, ok({ id: '2', name: c.req.valid('json').name }), 201),
  )
  .get('/me', () => {
    throw new OzException(OzErr.authExpired())
  })
  .get('/db', () => {
    throw new OzException(OzErr.database({ details: { retry_after: 1.5 } }))
  })
  .get('/upstream', (c) =>
    respond(c, err(OzErr.externalService({ details: { service: 'billing', retry_after: 30 } }))),
  )
  .get('/bug', () => {
    throw new Error(`SELECT * FROM users WHERE ${SECRET}`)
  })

interface Answer {
  readonly status: number
  readonly type: string | null
  readonly headers: Headers
  readonly text: string
}

const ask = async (path: string, init?: RequestInit): Promise<Answer> => {
  const response = await app.request(path, init)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    headers: response.headers,
    text: await response.text(),
  }
}

const post = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
})

/** Status, content type and body of an answer that must be an Oz error. */
const expectError = (answer: Answer, status: number, body: unknown, what: string): void => {
  equal(answer.status, status, `${what}: status`)
  assert(answer.type?.startsWith('application/json') === true, `${what}: content-type ${answer.type}`)
  equal(JSON.parse(answer.text), body, `${what}: body`)
}

export const honoChecks: readonly Check[] = [
  [
    'hono: respond answers ok with the value and err with its status and body',
    async () => {
      const found = await ask('/folders/1')
      equal([found.status, JSON.parse(found.text)], [200, { id: '1', name: 'Reports' }], 'GET /folders/1')
      const missing = await ask('/folders/9')
      const details = { resource: 'folder', id: '9' }
      expectError(
        missing,
        404,
        { error_code: 10, error_message: 'The requested resource is not found', details },
        '404',
      )
    },
  ],
  [
    'hono: notFoundHandler and methodNotAllowedHandler answer 404 and 405 with Allow',
    async () => {
      const nowhere = await ask('/nowhere')
      expectError(
        nowhere,
        404,
        { error_code: 10, error_message: 'The requested resource is not found', details: null },
        'notFound',
      )
      const wrong = await ask('/folders/1', { method: 'DELETE' })
      const details = { method: 'DELETE', allowed: ['GET', 'HEAD'] }
      expectError(
        wrong,
        405,
        { error_code: 1, error_message: 'An unallowed method is called', details },
        '405',
      )
      equal(wrong.headers.get('allow'), 'GET, HEAD', 'Allow')
    },
  ],
  [
    'hono: ozValidator with zod answers INVALID_STRUCTURE without echoing the input',
    async () => {
      const created = await ask('/folders', post('{"name":"Inbox"}'))
      equal([created.status, JSON.parse(created.text)], [201, { id: '2', name: 'Inbox' }], 'valid body')
      const invalid = await ask('/folders', post(`{"name":"","note":"${SECRET}"}`))
      equal(invalid.status, 400, 'invalid body: status')
      const body = JSON.parse(invalid.text)
      equal(
        [body.error_code, body.details.issues[0].key_path],
        [3, 'name'],
        'invalid body: code and key_path',
      )
      assert(!invalid.text.includes(SECRET), 'the rejected input was echoed back')
      const malformed = await ask('/folders', post('{"name":'))
      equal([malformed.status, JSON.parse(malformed.text).error_code], [400, 3], 'malformed JSON')
    },
  ],
  [
    'hono: errorHandler renders thrown errors with their headers and masks bugs',
    async () => {
      const expired = await ask('/me')
      equal(expired.status, 401, '/me status')
      equal(
        expired.headers.get('www-authenticate'),
        'Bearer realm="files", error="invalid_token", error_description="The access token expired"',
        'WWW-Authenticate',
      )
      const db = await ask('/db')
      const details = { retry_after: 1.5 }
      expectError(
        db,
        503,
        { error_code: 12, error_message: 'Critical database error on the server host', details },
        '/db',
      )
      equal(db.headers.get('retry-after'), '2', 'Retry-After of 1.5 s')
      const upstream = await ask('/upstream')
      equal([upstream.status, upstream.headers.get('retry-after')], [502, '30'], '/upstream')
      const bug = await ask('/bug')
      expectError(
        bug,
        500,
        { error_code: 0, error_message: 'Unknown server side error occurred', details: null },
        '/bug',
      )
      assert(!bug.text.includes(SECRET), 'a bug leaked to the client')
      assert(
        unexpected.some((error) => String(error).includes(SECRET)),
        'onUnexpected did not get the bug',
      )
    },
  ],
]
