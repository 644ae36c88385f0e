// The tRPC adapter through tRPC's fetch adapter (a `Request` in, a `Response` out, no server),
// so it runs wherever tRPC does: each kind's status and headers from ozErrorFormatter and
// ozResponseMeta, `data.oz` in the body, and fromTRPCClientError on the parsed body.
import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { err, ok } from 'neverthrow'
import { OzErr, OzException } from 'oz-errors'
import { fromTRPCClientError, ozErrorFormatter, ozResponseMeta, unwrapOrThrow } from 'oz-errors/trpc'
import * as z from 'zod'
import { assert, type Check, equal } from './harness.js'

const SECRET = 'password=hunter2'
const unexpected: unknown[] = []

const t = initTRPC.context<{ token: string | null }>().create({
  errorFormatter: ozErrorFormatter({ onUnexpected: (error) => unexpected.push(error.cause) }),
})
const authed = t.procedure.use(({ ctx, next }) => {
  if (ctx.token === null) throw new OzException(OzErr.authNotProvided())
  return next({ ctx: { token: ctx.token } })
})
const router = t.router({
  folder: authed
    .input(z.string())
    .query(({ input }) =>
      unwrapOrThrow(
        input === '1'
          ? ok({ id: input, name: 'Reports' })
          : err(OzErr.notExist({ details: { resource: 'folder', id: input } })),
      ),
    ),
  rename: authed
    .input(z.object({ name: z.string().min(1) }))
    .mutation(({ input }) => ({ id: '1', name: input.name })),
  report: authed.query(() => unwrapOrThrow(err(OzErr.database({ details: { retry_after: 1.5 } })))),
  bug: authed.query(() => {
    throw new Error(`SELECT * FROM users WHERE ${SECRET}`)
  }),
})

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  // The parsed body; each check reads the members it expects.
  readonly body: { error?: { message: string; data: Record<string, unknown> }; result?: { data: unknown } }
}

const ask = async (path: string, init: RequestInit & { token?: string } = {}): Promise<Answer> => {
  const headers = new Headers(init.headers)
  if (init.token !== undefined) headers.set('authorization', init.token)
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://localhost/trpc/${path}`, { ...init, headers }),
    router,
    createContext: ({ req }) => ({ token: req.headers.get('authorization') }),
    responseMeta: ozResponseMeta({ realm: 'files' }),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) }
}

const query = (path: string, input: unknown) => `${path}?input=${encodeURIComponent(JSON.stringify(input))}`

/** The status, tRPC code, `data.oz` and decoded kind of an answer that must be one of ours. */
const expectError = (answer: Answer, status: number, code: string, oz: unknown, what: string): void => {
  equal(answer.status, status, `${what}: status`)
  assert(answer.headers.get('content-type')?.startsWith('application/json') === true, `${what}: type`)
  const data = answer.body.error?.data
  equal([data?.code, data?.httpStatus, data?.oz], [code, status, oz], `${what}: data`)
  const decoded = fromTRPCClientError(answer.body.error)
  assert(decoded.isOk(), `${what}: fromTRPCClientError refused the body`)
  equal(decoded.isOk() && decoded.value.message, answer.body.error?.message, `${what}: message`)
}

export const trpcChecks: readonly Check[] = [
  [
    'trpc: a query answers its value, and err(NOT_EXIST) through unwrapOrThrow with 404 and data.oz',
    async () => {
      const found = await ask(query('folder', '1'), { token: 'Bearer alice' })
      equal([found.status, found.body.result?.data], [200, { id: '1', name: 'Reports' }], 'folder 1')
      const missing = await ask(query('folder', '9'), { token: 'Bearer alice' })
      const oz = {
        error_code: 10,
        error_message: 'The requested resource is not found',
        details: { resource: 'folder', id: '9' },
      }
      expectError(missing, 404, 'NOT_FOUND', oz, 'folder 9')
      const decoded = fromTRPCClientError(JSON.parse(JSON.stringify({ data: missing.body.error?.data })))
      equal(
        decoded.isOk() && decoded.value,
        OzErr.notExist({ details: { resource: 'folder', id: '9' } }),
        'fromTRPCClientError of the JSON',
      )
    },
  ],
  [
    'trpc: ozResponseMeta owes a thrown AUTH_NOT_PROVIDED its challenge and DATABASE its Retry-After',
    async () => {
      const anonymous = await ask(query('folder', '1'))
      const oz = { error_code: 6, error_message: 'Access token not specified', details: null }
      expectError(anonymous, 401, 'UNAUTHORIZED', oz, 'no token')
      equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="files"', 'WWW-Authenticate')
      const db = await ask('report', { token: 'Bearer alice' })
      const details = { retry_after: 1.5 }
      const body = { error_code: 12, error_message: 'Critical database error on the server host', details }
      expectError(db, 503, 'SERVICE_UNAVAILABLE', body, 'report')
      equal(db.headers.get('retry-after'), '2', 'Retry-After of 1.5 s')
    },
  ],
  [
    'trpc: a zod input failure is INVALID_STRUCTURE 400 without the input; a wrong method is 405',
    async () => {
      const invalid = await ask('rename', {
        method: 'POST',
        token: 'Bearer alice',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '', note: SECRET }),
      })
      equal(invalid.status, 400, 'invalid input: status')
      const oz = invalid.body.error?.data.oz as { error_code: number; details: { key_path: string } }
      equal([oz.error_code, oz.details.key_path], [3, 'name'], 'invalid input: code and key_path')
      assert(!invalid.text.includes(SECRET), 'the rejected input was echoed back')
      const wrong = await ask('rename', { token: 'Bearer alice' })
      equal([wrong.status, wrong.body.error?.data.code], [405, 'METHOD_NOT_SUPPORTED'], 'GET to a mutation')
      equal(wrong.headers.get('allow'), 'POST', 'Allow')
    },
  ],
  [
    'trpc: a bug is a masked UNKNOWN 500 handed to onUnexpected; a foreign shape is refused',
    async () => {
      const bug = await ask('bug', { token: 'Bearer alice' })
      const oz = { error_code: 0, error_message: 'Unknown server side error occurred', details: null }
      expectError(bug, 500, 'INTERNAL_SERVER_ERROR', oz, 'bug')
      assert(!bug.text.includes(SECRET) && !bug.text.includes('stack'), 'a bug leaked to the client')
      assert(
        unexpected.some((error) => String(error).includes(SECRET)),
        'onUnexpected did not get the bug',
      )
      const foreign = fromTRPCClientError({ data: { code: 'NOT_FOUND', httpStatus: 404 } })
      equal(foreign.isErr() && foreign.error.path, 'data.oz', 'a shape without data.oz')
    },
  ],
]
