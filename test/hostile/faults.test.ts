// Faults inside the server: dependencies that reject, hang or throw non-errors, a logger that
// throws, a body stream that breaks, clients that leave. Each ends in a well-formed error (or a
// clean close) and the server answers the next request.
import { fromWire, httpStatus, OzErr, type OzError } from 'oz-errors'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEADLINE_MS, hostileApp, SECRET } from '../support/hostile/app.js'
import { listen, type Served } from '../support/hostile/http.js'
import { sendBytes } from '../support/hostile/wire.js'

let server: Served
let logged: unknown[] = []
let failingLogger: Served
let loggerCalls = 0
beforeAll(async () => {
  server = await listen(hostileApp((error) => logged.push(error)))
  failingLogger = await listen(
    hostileApp((error) => {
      loggerCalls += 1
      throw new Error(`the logger is down while logging ${String(error)}`)
    }),
  )
})
afterAll(async () => {
  await server.close()
  await failingLogger.close()
})

/** Fetches `url`, checks the body is the wire form of `expected` at its status, and nothing leaked. */
const expectError = async (url: string, expected: OzError) => {
  const response = await fetch(url)
  const text = await response.text()
  expect(text).not.toContain(SECRET)
  expect(response.status).toBe(httpStatus(expected))
  expect(response.headers.get('content-type')).toBe('application/json')
  expect(fromWire(JSON.parse(text))._unsafeUnwrap()).toStrictEqual(expected)
  return response
}

const expectServing = async (at: Served) => {
  const health = await fetch(`${at.url}/health`)
  expect(await health.json()).toStrictEqual({ route: 'health', ok: true })
}

const UPSTREAM = OzErr.externalService({ details: { service: 'upstream', retry_after: 1 } })

describe('a failing dependency', () => {
  it('that rejects is EXTERNAL_SERVICE 502 with Retry-After, and not reported as unexpected', async () => {
    logged = []
    const response = await expectError(`${server.url}/upstream/rejects`, UPSTREAM)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(logged).toStrictEqual([])
    await expectServing(server)
  })

  it(`that outlives its ${DEADLINE_MS} ms deadline is EXTERNAL_SERVICE 502, answered at the deadline`, async () => {
    const started = performance.now()
    await expectError(`${server.url}/upstream/slow`, UPSTREAM)
    const elapsed = performance.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 5)
    expect(elapsed).toBeLessThan(DEADLINE_MS + 1_000)
    await expectServing(server)
  })

  it('that rejects with a non-error is a masked UNKNOWN 500, and the log gets the value', async () => {
    logged = []
    await expectError(`${server.url}/upstream/non-error`, OzErr.unknown())
    expect(logged).toStrictEqual([{ dsn: SECRET }])
    await expectServing(server)
  })
})

describe('an onUnexpected logger that throws', () => {
  it.each(['/bug', '/bug/string', '/upstream/non-error'])('leaves %s a masked UNKNOWN 500', async (path) => {
    const calls = loggerCalls
    await expectError(failingLogger.url + path, OzErr.unknown())
    expect(loggerCalls).toBe(calls + 1)
    await expectServing(failingLogger)
  })
})

// @hono/node-server logs a broken body stream itself (console.error, with the error's message):
// that is the server's log, not the client's answer. Silenced here, and checked to have happened.
const quietly = async (work: () => Promise<void>): Promise<unknown[][]> => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {})
  const info = vi.spyOn(console, 'info').mockImplementation(() => {})
  try {
    await work()
    // The log line comes when the stream breaks, a few ms after the client has given up.
    await new Promise((resolve) => setTimeout(resolve, 20))
    return log.mock.calls
  } finally {
    log.mockRestore()
    info.mockRestore()
  }
}

describe('a Response body stream that errors mid-way', () => {
  it('closes the connection without the final chunk, so the client sees a truncated body; nothing leaks', async () => {
    const logs = await quietly(async () => {
      const raw = await sendBytes(
        server.port,
        'GET /stream/broken HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
        2_000,
      )
      const text = raw.toString('latin1')
      expect(text).toMatch(/^HTTP\/1\.1 200 /)
      expect(text).toContain('{"route":"stream","part":')
      expect(text).not.toMatch(/\r\n0\r\n\r\n$/)
      expect(text).not.toContain(SECRET)
      await expect(fetch(`${server.url}/stream/broken`).then((response) => response.text())).rejects.toThrow()
    })
    expect(logs.length).toBeGreaterThan(0)
    await expectServing(server)
  })
})

describe('a client that disconnects', () => {
  it('mid-upload leaves the server serving', async () => {
    const partial =
      'POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":'
    expect((await sendBytes(server.port, partial, 50)).length).toBe(0)
    await expectServing(server)
  })

  it('while the handler waits on its dependency leaves the server serving', async () => {
    await expect(fetch(`${server.url}/upstream/slow`, { signal: AbortSignal.timeout(10) })).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS * 2))
    await expectServing(server)
  })

  it('mid-response (after the headers) leaves the server serving', async () => {
    await quietly(async () => {
      const response = await fetch(`${server.url}/stream/broken`)
      await response.body?.cancel()
    })
    await expectServing(server)
  })
})
