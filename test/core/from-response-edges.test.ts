// fromResponse at the edges of its options and of the Response it is handed: what a fetch client
// gets back, and what it is left holding (a timer, a listener) once the answer is in.
import { getEventListeners } from 'node:events'
import { fromResponse, OzErr, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const wire = JSON.stringify(toWire(OzErr.notExist({ details: { resource: 'folder' } })))
const decoded = OzErr.notExist({ details: { resource: 'folder' } })

/** A body that sends `text` after `ms` milliseconds, then ends. */
const late = (text: string, ms: number) =>
  new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, ms))
      controller.enqueue(new TextEncoder().encode(text))
      controller.close()
    },
  })

const errorOf = async (response: Response, options?: Parameters<typeof fromResponse>[1]) =>
  (await fromResponse(response, options))._unsafeUnwrapErr()

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length

describe('fromResponse and its timeoutMs', () => {
  it('times out at once with timeoutMs 0', async () => {
    const error = await errorOf(new Response(late(wire, 200), { status: 404 }), { timeoutMs: 0 })
    expect(error).toMatchObject({ kind: 'NOT_EXIST', cause: { status: 404, unread: 'timed out' } })
  })

  it.each([
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['a string (as read from the environment)', '1'],
  ])('sets no limit for a timeoutMs of %s', async (_, timeoutMs) => {
    const error = await errorOf(new Response(late(wire, 30), { status: 404 }), {
      timeoutMs: timeoutMs as number,
    })
    expect(error).toStrictEqual(decoded)
  })

  it('leaves no timer behind once the body is read', async () => {
    const before = timers()
    await errorOf(new Response(wire, { status: 404 }), { timeoutMs: 600_000 })
    expect(timers()).toBe(before)
  })

  it('leaves no timer behind when the body fails', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('reset'))
      },
    })
    const before = timers()
    const error = await errorOf(new Response(body, { status: 503 }), { timeoutMs: 600_000 })
    expect(error.cause).toStrictEqual({ status: 503, statusText: '', body: undefined, unread: 'failed' })
    expect(timers()).toBe(before)
  })
})

describe('fromResponse and its signal', () => {
  it('leaves no listener on a signal it was handed, so one signal can serve many requests', async () => {
    const controller = new AbortController()
    for (let i = 0; i < 3; i++) {
      expect(await errorOf(new Response(wire, { status: 404 }), { signal: controller.signal })).toStrictEqual(
        decoded,
      )
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })
})

describe('fromResponse and the Response it is handed', () => {
  it('reads a declared Content-Length of exactly maxBytes', async () => {
    const size = new TextEncoder().encode(wire).byteLength
    const response = new Response(wire, { status: 404, headers: { 'content-length': String(size) } })
    expect(await errorOf(response, { maxBytes: size })).toStrictEqual(decoded)
  })

  it('refuses a declared Content-Length past maxBytes on a response without a body', async () => {
    const response = new Response(null, { status: 502, headers: { 'content-length': '10' } })
    const error = await errorOf(response, { maxBytes: 5 })
    expect(error.kind).toBe('EXTERNAL_SERVICE')
    expect(error.cause).toStrictEqual({ status: 502, statusText: '', body: undefined, unread: 'too large' })
  })

  it('reads a response without a body as the empty text', async () => {
    const error = await errorOf(new Response(null, { status: 404, statusText: 'Not Found' }))
    expect(error).toMatchObject({
      kind: 'NOT_EXIST',
      cause: { status: 404, statusText: 'Not Found', body: '' },
    })
    expect(error.cause).toStrictEqual({ status: 404, statusText: 'Not Found', body: '' })
  })

  it('answers a body another reader holds as unread, failed', async () => {
    const response = new Response(wire, { status: 404 })
    response.body?.getReader()
    expect((await errorOf(response)).cause).toStrictEqual({
      status: 404,
      statusText: '',
      body: undefined,
      unread: 'failed',
    })
  })

  it('resolves with UNKNOWN, the thrown value as cause, for a response object that throws', async () => {
    const thrown = new Error('not a response')
    const response = {
      get ok(): boolean {
        throw thrown
      },
    } as unknown as Response
    const error = await errorOf(response)
    expect(error).toStrictEqual(OzErr.unknown({ cause: thrown }))
  })
})
