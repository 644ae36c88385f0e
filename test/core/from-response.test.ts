import { fromResponse, OzErr, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('fromResponse', () => {
  it('gives a 2xx response back unread', async () => {
    const response = json({ folders: [] }, 200)
    const result = await fromResponse(response)
    expect(result._unsafeUnwrap()).toBe(response)
    expect(await response.json()).toEqual({ folders: [] })
  })

  it('decodes an error body of the model', async () => {
    const error = OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } })
    const result = await fromResponse(json(toWire(error), 400))
    expect(result._unsafeUnwrapErr()).toStrictEqual(error)
  })

  it("turns a proxy's HTML 502 page into EXTERNAL_SERVICE with the status and body kept as cause", async () => {
    const html = '<html><body>502 Bad Gateway</body></html>'
    const response = new Response(html, { status: 502, statusText: 'Bad Gateway' })
    const error = (await fromResponse(response))._unsafeUnwrapErr()
    expect(error.kind).toBe('EXTERNAL_SERVICE')
    expect(error.cause).toEqual({ status: 502, statusText: 'Bad Gateway', body: html })
  })

  it('turns a truncated JSON body into the kind of its status', async () => {
    const text = JSON.stringify(toWire(OzErr.notExist({ details: { resource: 'folder' } }))).slice(0, 30)
    const error = (await fromResponse(new Response(text, { status: 404 })))._unsafeUnwrapErr()
    expect(error).toMatchObject({ kind: 'NOT_EXIST', details: null, cause: { status: 404, body: text } })
  })

  it('turns a JSON body of another model into the kind of its status', async () => {
    const error = (await fromResponse(json({ error: 'Unauthorized' }, 401)))._unsafeUnwrapErr()
    expect(error.kind).toBe('AUTH_NOT_PROVIDED')
  })

  it('resolves, never rejects, when the body stream fails mid-way', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    const error = (await fromResponse(new Response(body, { status: 503 })))._unsafeUnwrapErr()
    expect(error).toMatchObject({ kind: 'DATABASE', cause: { status: 503, body: undefined } })
  })

  it('resolves, never rejects, when the body was already read', async () => {
    const response = json(toWire(OzErr.authExpired()), 401)
    await response.text()
    const error = (await fromResponse(response))._unsafeUnwrapErr()
    expect(error).toMatchObject({ kind: 'AUTH_NOT_PROVIDED', cause: { status: 401, body: undefined } })
  })
})
