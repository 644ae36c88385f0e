// Which SyntaxError is the client's malformed body (INVALID_STRUCTURE 400) and which is a bug of
// the app (UNKNOWN 500): only JSON.parse's own, thrown as is by c.req.json() for the body sent.
import { Hono } from 'hono'
import { fromWire, OzErr } from 'oz-errors'
import { errorHandler } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

const app = new Hono()
  .post('/json', async (c) => c.json(await c.req.json()))
  .post('/rethrown', async (c) => {
    // The parse failure of the body, rethrown by the app as another kind of error.
    const body = await c.req.json().catch((error: Error) => {
      throw new TypeError(error.message)
    })
    return c.json(body)
  })
  .post('/own-parse-after-bad-body', async (c) => {
    // The body is malformed too, but the app ignores that and then fails parsing its own text.
    await c.req.json().catch(() => ({}))
    return c.json(JSON.parse('{"a":'))
  })
  .get('/own-parse-no-body', (c) => c.json(JSON.parse('')))
  .onError(errorHandler({ onUnexpected: () => {} }))

const call = async (path: string, body?: string) => {
  const response = await app.request(
    path,
    body === undefined ? {} : { method: 'POST', body, headers: { 'content-type': 'application/json' } },
  )
  return { status: response.status, error: fromWire(await response.json())._unsafeUnwrap() }
}

describe('errorHandler: a SyntaxError', () => {
  it('from c.req.json() of the body sent is INVALID_STRUCTURE 400', async () => {
    expect(await call('/json', '{"a":')).toStrictEqual({
      status: 400,
      error: OzErr.invalidStructure({ message: 'Malformed JSON in request body' }),
    })
  })

  it('rethrown by the app as another error, with the same message, is a bug: UNKNOWN 500', async () => {
    expect(await call('/rethrown', '{"a":')).toStrictEqual({ status: 500, error: OzErr.unknown() })
  })

  it('from the app’s own parsing is a bug, even when the body was malformed too', async () => {
    expect(await call('/own-parse-after-bad-body', 'not json')).toStrictEqual({
      status: 500,
      error: OzErr.unknown(),
    })
  })

  it('from the app’s own parsing on a request without a body is a bug, though an empty body fails alike', async () => {
    expect(await call('/own-parse-no-body')).toStrictEqual({ status: 500, error: OzErr.unknown() })
  })
})
