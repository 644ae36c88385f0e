// Serving the hostile fixture on loopback, and a client below `fetch`: node:http sends what fetch
// refuses (odd methods, duplicate headers, bodies on any method). hostile-wire.ts goes lower.
import { Agent, request } from 'node:http'

export { listen, type Served } from '../serve.js'

/** A request as the fuzzer builds it: headers in order, duplicates allowed. */
export interface RawRequest {
  readonly method: string
  readonly path: string
  readonly headers: readonly (readonly [string, string])[]
  readonly body?: Uint8Array
}

/** What came back: a response, or the connection closed without one (`reused`: a kept-alive one). */
export type Answer =
  | {
      readonly type: 'response'
      readonly status: number
      readonly headers: Readonly<Record<string, string | string[] | undefined>>
      readonly body: Buffer
    }
  | { readonly type: 'closed'; readonly reason: string; readonly reused: boolean }

// An array of headers is sent as it is, so Host and the body's length are added here when the
// request names none (node:http would otherwise send the body unframed on a GET or DELETE).
const framed = (raw: RawRequest, port: number): (readonly [string, string])[] => {
  const has = (wanted: string) => raw.headers.some(([name]) => name.toLowerCase() === wanted)
  return [
    ...(has('host') ? [] : [['host', `127.0.0.1:${port}`] as const]),
    ...raw.headers,
    ...(raw.body === undefined || has('content-length')
      ? []
      : [['content-length', String(raw.body.length)] as const]),
  ]
}

// Keep-alive keeps the fuzz fast.
const agent = new Agent({ keepAlive: true, maxSockets: 4 })

/**
 * Sends `raw` with node:http and reads the whole answer; gives up after `timeoutMs`. A kept-alive
 * connection the server closed before answering is retried once on a fresh one, as RFC 9112
 * (9.3.1) lets clients do: the server may close an idle connection at any time, and
 * @hono/node-server does so after it answered early and stopped draining a large unread body.
 */
export const send = async (port: number, raw: RawRequest, timeoutMs = 5_000): Promise<Answer> => {
  const first = await attempt(port, raw, timeoutMs, agent)
  return first.type === 'closed' && first.reused ? attempt(port, raw, timeoutMs, false) : first
}

const attempt = (port: number, raw: RawRequest, timeoutMs: number, via: Agent | false): Promise<Answer> =>
  new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: raw.method,
        path: raw.path,
        headers: framed(raw, port).flat(),
        agent: via,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            type: 'response',
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
        res.on('error', (error) => resolve({ type: 'closed', reason: error.message, reused: false }))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', (error) => resolve({ type: 'closed', reason: error.message, reused: req.reusedSocket }))
    req.end(raw.body === undefined ? undefined : Buffer.from(raw.body))
  })

/** Closes the shared keep-alive sockets so the server can close. */
export const closeClients = (): void => agent.destroy()
