// fromResponse cannot be stalled or flooded: bounded in bytes and time, and it lets go of the
// body it stops reading (issue 11 §6).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fromResponse, OzErr, toWire } from 'oz-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** A body that sends `chunks` (then stalls, or ends) and records whether it was cancelled. */
const streamed = (chunks: readonly string[], then: 'stall' | 'end' | 'flood') => {
  const state = { cancelled: false }
  const bytes = new TextEncoder()
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (then === 'flood') return controller.enqueue(new Uint8Array(64 * 1024))
      const chunk = chunks[sent++]
      if (chunk !== undefined) return controller.enqueue(bytes.encode(chunk))
      if (then === 'end') controller.close()
      // 'stall': never enqueue again, never close.
      return new Promise<void>(() => {})
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { body, state }
}

const causeOf = async (response: Response, options?: Parameters<typeof fromResponse>[1]) =>
  (await fromResponse(response, options))._unsafeUnwrapErr()

describe('fromResponse over streams that stall or flood', () => {
  it('settles a stalled body after timeoutMs as the kind of its status, and cancels the stream', async () => {
    const { body, state } = streamed(['<html>'], 'stall')
    const error = await causeOf(new Response(body, { status: 502 }), { timeoutMs: 50 })
    expect(error).toMatchObject({
      kind: 'EXTERNAL_SERVICE',
      cause: { status: 502, body: undefined, unread: 'timed out' },
    })
    expect(state.cancelled).toBe(true)
  })

  it('settles when the signal aborts, and cancels the stream', async () => {
    const { body, state } = streamed([], 'stall')
    const controller = new AbortController()
    const pending = fromResponse(new Response(body, { status: 503 }), { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({
      kind: 'DATABASE',
      cause: { unread: 'aborted' },
    })
    expect(state.cancelled).toBe(true)
  })

  it('settles at once on a signal aborted before', async () => {
    const { body } = streamed([], 'stall')
    const error = await causeOf(new Response(body, { status: 401 }), { signal: AbortSignal.abort() })
    expect(error).toMatchObject({ kind: 'AUTH_NOT_PROVIDED', cause: { status: 401, unread: 'aborted' } })
  })

  it('stops an endless body at the default 1 MiB, and cancels the stream', async () => {
    const { body, state } = streamed([], 'flood')
    const error = await causeOf(new Response(body, { status: 500 }))
    expect(error).toMatchObject({
      kind: 'UNKNOWN',
      cause: { status: 500, body: undefined, unread: 'too large' },
    })
    expect(state.cancelled).toBe(true)
  })

  it('reads a body of exactly maxBytes and refuses one byte more', async () => {
    const wire = JSON.stringify(toWire(OzErr.notExist({ details: { resource: 'folder' } })))
    const size = new TextEncoder().encode(wire).byteLength
    const read = await causeOf(new Response(streamed([wire], 'end').body, { status: 404 }), {
      maxBytes: size,
    })
    expect(read).toStrictEqual(OzErr.notExist({ details: { resource: 'folder' } }))
    const refused = await causeOf(new Response(streamed([wire], 'end').body, { status: 404 }), {
      maxBytes: size - 1,
    })
    expect(refused).toMatchObject({ kind: 'NOT_EXIST', details: null, cause: { unread: 'too large' } })
  })

  it('counts bytes, not characters, across chunks split inside a character', async () => {
    const bytes = new TextEncoder().encode('{"error":"é…"}')
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte))
        controller.close()
      },
    })
    const error = await causeOf(new Response(body, { status: 400 }), { maxBytes: bytes.byteLength })
    expect(error.cause).toStrictEqual({ status: 400, statusText: '', body: '{"error":"é…"}' })
  })

  it('refuses a declared Content-Length past maxBytes without reading', async () => {
    const { body, state } = streamed(['x'.repeat(10)], 'end')
    const response = new Response(body, { status: 502, headers: { 'content-length': '10' } })
    expect(await causeOf(response, { maxBytes: 5 })).toMatchObject({ cause: { unread: 'too large' } })
    expect(state.cancelled).toBe(true)
  })

  it('gives a 2xx back unread, whatever the limits', async () => {
    const { body } = streamed([], 'stall')
    const response = new Response(body, { status: 200 })
    expect((await fromResponse(response, { timeoutMs: 1, maxBytes: 0 }))._unsafeUnwrap()).toBe(response)
  })
})

describe('fromResponse over real fetch to a loopback server', () => {
  const closed: string[] = []
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/stall': (res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.write('<html>')
    },
    '/flood': (res) => {
      res.writeHead(503, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) {}
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    },
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.socket.once('close', () => closed.push(req.url ?? ''))
    routes[req.url ?? '']?.(res)
  })
  let url = ''
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const untilClosed = async (path: string) => {
    for (let i = 0; i < 100 && !closed.includes(path); i++) await new Promise((r) => setTimeout(r, 20))
    return closed.includes(path)
  }

  it('settles a server that stalls mid-body after timeoutMs, and closes the connection', async () => {
    const error = await causeOf(await fetch(`${url}/stall`), { timeoutMs: 100 })
    expect(error).toMatchObject({ kind: 'EXTERNAL_SERVICE', cause: { status: 502, unread: 'timed out' } })
    expect(await untilClosed('/stall')).toBe(true)
  })

  it('stops a server that never stops sending at maxBytes, and closes the connection', async () => {
    const error = await causeOf(await fetch(`${url}/flood`), { maxBytes: 256 * 1024 })
    expect(error).toMatchObject({ kind: 'DATABASE', cause: { status: 503, unread: 'too large' } })
    expect(await untilClosed('/flood')).toBe(true)
  })
})
