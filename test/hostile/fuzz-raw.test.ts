// Requests no HTTP client would send, written to the socket byte by byte. Most never reach the
// app: Node's parser (or @hono/node-server) answers them itself with an empty 4xx, which the
// judge classifies as `node`. What does reach the app must be judged like any other answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileApp, SECRET } from '../support/hostile/app.js'
import { listen, type Served } from '../support/hostile/http.js'
import { judge, type Verdict } from '../support/hostile/judge.js'
import { readResponses, sendBytes } from '../support/hostile/wire.js'

let server: Served
const unexpected: unknown[] = []
beforeAll(async () => {
  server = await listen(hostileApp((error) => unexpected.push(error)))
})
afterAll(() => server.close())

const H = 'Host: 127.0.0.1\r\n'
const CLOSE = 'Connection: close\r\n'
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  )

// Each case: what is sent, and the verdicts of the answers in order (none: the server waits for
// the rest of the request or closes the socket, and we hang up).
const CASES: ReadonlyArray<readonly [string, string | Uint8Array, readonly Verdict['type'][]]> = [
  ['an unknown method', `FOO /health HTTP/1.1\r\n${H}\r\n`, ['node']],
  ['a lower-case method', `get /health HTTP/1.1\r\n${H}\r\n`, ['node']],
  ['CONNECT without a tunnel handler', 'CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n', []],
  [
    'two Content-Lengths that disagree',
    `POST /echo HTTP/1.1\r\n${H}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
    ['node'],
  ],
  [
    'Content-Length beside chunked',
    `POST /echo HTTP/1.1\r\n${H}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
    ['node'],
  ],
  ['a negative Content-Length', `POST /echo HTTP/1.1\r\n${H}Content-Length: -1\r\n\r\n`, ['node']],
  ['a header line without a colon', `GET /health HTTP/1.1\r\n${H}Nonsense\r\n\r\n`, ['node']],
  ['a space in a header name', `GET /health HTTP/1.1\r\n${H}Bad Header: x\r\n\r\n`, ['node']],
  ['obsolete line folding', `GET /health HTTP/1.1\r\n${H}X-A: a\r\n b\r\n\r\n`, ['node']],
  ['bare LF line ends', `GET /health HTTP/1.1\nHost: a\n\n`, ['node']],
  ['NUL in the path', `GET /he\0alth HTTP/1.1\r\n${H}\r\n`, ['node']],
  [
    'raw UTF-8 in the path',
    bytes('GET /items/', [0xc3, 0xa9, 0xf0, 0x9f, 0x92, 0xa9], ` HTTP/1.1\r\n${H}\r\n`),
    ['node'],
  ],
  [
    'binary in a header value',
    bytes(`GET /health HTTP/1.1\r\n${H}X-Bin: `, [0xff, 0x00, 0x7f], '\r\n\r\n'),
    ['node'],
  ],
  ['an 80 KB header', `GET /health HTTP/1.1\r\n${H}X-Big: ${'a'.repeat(80_000)}\r\n\r\n`, ['node']],
  ['a 64 KB request target', `GET /items/${'a'.repeat(64_000)} HTTP/1.1\r\n${H}\r\n`, ['node']],
  // Past 64 KiB, Node 24's own client is reset before it reads this 431 (issue 16).
  ['an 85 KB request target', `GET /items/${'a'.repeat(85_000)} HTTP/1.1\r\n${H}\r\n`, ['node']],
  ['HTTP/9.9', `GET /health HTTP/9.9\r\n${H}\r\n`, ['node']],
  ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', ['node']],
  [
    'a TLS ClientHello',
    bytes([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x01]),
    ['node'],
  ],
  [
    'Transfer-Encoding gzip without chunked',
    `POST /echo HTTP/1.1\r\n${H}Transfer-Encoding: gzip\r\n\r\nabc`,
    ['node'],
  ],
  [
    'an invalid chunk size',
    `POST /echo HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ['node'],
  ],
  ['an asterisk target', `OPTIONS * HTTP/1.1\r\n${H}${CLOSE}\r\n`, ['node']],
  [
    'an Expect Node cannot meet',
    `POST /items HTTP/1.1\r\n${H}${CLOSE}Expect: 200-ok\r\nContent-Length: 2\r\n\r\n{}`,
    ['node'],
  ],
  [
    'Expect: 100-continue',
    `POST /items HTTP/1.1\r\n${H}${CLOSE}Content-Type: application/json\r\nContent-Length: 22\r\nExpect: 100-continue\r\n\r\n{"name":"a","count":1}`,
    ['success'],
  ],
  [
    'an absolute-form target naming another host',
    `GET http://evil.example/kinds/DATABASE HTTP/1.1\r\n${H}${CLOSE}\r\n`,
    ['error'],
  ],
  ['HTTP/1.0 without Host', 'GET /health HTTP/1.0\r\n\r\n', ['success']],
  [
    'an Upgrade nobody handles',
    `GET /health HTTP/1.1\r\n${H}${CLOSE}Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n`,
    ['success'],
  ],
  [
    'three pipelined requests',
    `GET /health HTTP/1.1\r\n${H}\r\nGET /kinds/DATABASE/thrown HTTP/1.1\r\n${H}\r\nPOST /graphql HTTP/1.1\r\n${H}${CLOSE}Content-Type: application/json\r\nContent-Length: 19\r\n\r\n{"query":"{hello}"}`,
    ['success', 'error', 'graphql'],
  ],
  [
    'a body shorter than its Content-Length',
    `POST /echo HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`,
    [],
  ],
  ['an HTTP/0.9 request line', 'GET /health\r\n', []],
  ['nothing but CRLFs', '\r\n\r\n', []],
]

// Node reads at most 16 KiB of request head; a negotiated route with an Accept that fills it, one
// just past it (Node's 431), and thousands of `;q=` parameters (only the first q counts).
const NEGOTIATED_GET = 'GET /negotiated/kinds/NOT_EXIST HTTP/1.1\r\n'
const HEAD_LIMIT = 16_384
const withAccept = (accept: string) => `${NEGOTIATED_GET}${H}${CLOSE}Accept: ${accept}\r\n\r\n`
const filling = (total: number, tail: string): string => {
  const pad = total - withAccept(tail).length
  return withAccept(`${'text/html;q=0.1, '.repeat(Math.ceil(pad / 17)).slice(0, pad)}${tail}`)
}
const ACCEPT_CASES: ReadonlyArray<readonly [string, string, Verdict['type']]> = [
  [
    'an Accept filling the head to 16 KiB',
    filling(HEAD_LIMIT, ', application/problem+json;q=0.2'),
    'problem',
  ],
  ['an Accept of the same size asking for JSON', filling(HEAD_LIMIT, ', application/json;q=0.2'), 'error'],
  ['an Accept just past the limit', filling(HEAD_LIMIT + 64, ', application/problem+json'), 'node'],
  [
    '3,000 q parameters after the first',
    withAccept(`application/json;q=0.1${';q=1'.repeat(3_000)}, application/problem+json;q=0.2`),
    'problem',
  ],
  [
    '3,000 q parameters after q=0',
    withAccept(`application/problem+json;q=0${';q=1'.repeat(3_000)}, application/json;q=0.1`),
    'error',
  ],
  ['4,000 empty q parameters', withAccept(`application/problem+json${';q='.repeat(4_000)}`), 'error'],
  ['5,000 semicolons', withAccept(`application/problem+json${';'.repeat(5_000)}`), 'problem'],
]

describe('malformed requests on a raw socket', () => {
  it.each(CASES)('answers %s as expected, leaking nothing', async (_, request, expected) => {
    // A server that waits for the rest of a request is given 250 ms; one that answers closes first.
    const raw = await sendBytes(server.port, request, expected.length === 0 ? 250 : 5_000)
    expect(raw.toString('latin1')).not.toContain(SECRET)
    const verdicts = readResponses(raw).map((reply) => {
      const verdict = judge('GET', reply)
      return verdict.isOk() ? verdict.value.type : verdict.error
    })
    expect(verdicts).toStrictEqual(expected)
  })

  it('never runs a request smuggled behind a second Transfer-Encoding', async () => {
    const smuggled = `POST /echo HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\nGET /bug HTTP/1.1\r\n${H}\r\n`
    const raw = await sendBytes(server.port, smuggled, 5_000)
    expect(readResponses(raw).map((reply) => reply.status)).toStrictEqual([400])
    expect(unexpected.some((error) => error instanceof Error && error.message.startsWith('SELECT'))).toBe(
      false,
    )
  })

  it.each(ACCEPT_CASES)(
    'answers %s within 1 s, in the format the Accept asks for',
    async (_, request, expected) => {
      const started = performance.now()
      const raw = await sendBytes(server.port, request, 5_000)
      const elapsed = performance.now() - started
      const accept = /\r\nAccept: ([^\r]*)\r\n/.exec(request)?.[1] ?? ''
      const verdicts = readResponses(raw).map((reply) => {
        const verdict = judge('GET', reply, { accept })
        return verdict.isOk() ? verdict.value.type : verdict.error
      })
      expect(verdicts).toStrictEqual([expected])
      // A bound on the whole exchange, loose for a loaded machine: the parse's own linearity is
      // test/hono/render-options-negotiate.test.ts's.
      expect(elapsed).toBeLessThan(1_000)
    },
  )

  it('still answers a health request after all of them', async () => {
    const health = await fetch(`${server.url}/health`)
    expect(await health.json()).toStrictEqual({ route: 'health', ok: true })
  })
})
