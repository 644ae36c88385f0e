// Raw bytes over a socket, for requests no HTTP client sends, and a reader of what comes back.
import { connect } from 'node:net'
import type { Reply } from './judge.js'

/**
 * Writes `bytes` to a fresh socket as they are and collects everything until the server closes
 * or `timeoutMs` passes (then we close it: a server waiting for the rest of a request is fine).
 */
export const sendBytes = (port: number, bytes: string | Uint8Array, timeoutMs: number): Promise<Buffer> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const timer = setTimeout(() => socket.destroy(), timeoutMs)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks))
    })
    socket.write(bytes)
  })

const HEAD_END = '\r\n\r\n'

const dechunk = (text: string): { body: string; rest: string } => {
  let body = ''
  let at = 0
  for (;;) {
    const line = text.indexOf('\r\n', at)
    const size = Number.parseInt(text.slice(at, line), 16)
    if (line < 0 || Number.isNaN(size)) return { body, rest: '' }
    if (size === 0) return { body, rest: text.slice(line + 4) }
    body += text.slice(line + 2, line + 2 + size)
    at = line + 2 + size + 2
  }
}

/**
 * The final responses in `raw` (interim 1xx skipped), framed by Content-Length or chunked
 * encoding, else by the close. Header names in lower case; the body as latin1 text.
 */
export const readResponses = (raw: Buffer): Reply[] => {
  const replies: Reply[] = []
  let text = raw.toString('latin1')
  while (text.startsWith('HTTP/')) {
    const end = text.indexOf(HEAD_END)
    if (end < 0) break
    const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n')
    const status = Number(statusLine.split(' ')[1])
    const headers: Record<string, string> = {}
    for (const line of lines) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
    }
    let after = text.slice(end + HEAD_END.length)
    let body = after
    if (status < 200) {
      body = ''
    } else if (headers['transfer-encoding'] === 'chunked') {
      ;({ body, rest: after } = dechunk(after))
    } else if (headers['content-length'] !== undefined) {
      body = after.slice(0, Number(headers['content-length']))
      after = after.slice(body.length)
    } else {
      after = ''
    }
    if (status >= 200) replies.push({ status, headers, body })
    text = after
  }
  return replies
}
