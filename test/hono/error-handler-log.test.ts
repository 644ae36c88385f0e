// The default onUnexpected writes one log line per masked error, and nothing a client sends can
// split it (issue 11 §4): a real request through @hono/node-server, console.error captured.
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consoleErrorCalls, lineBreakIn } from '../support/log-lines.js'
import { listen, type Served } from '../support/serve.js'

const FORGED = '2026-01-01T00:00:00.000Z INFO admin login succeeded'

// An HTTPException subclass whose response cannot be made: mapping it fails.
class Unrenderable extends HTTPException {
  override getResponse(): Response {
    throw new RangeError('no response today')
  }
}

const app = new Hono()
  .use(wrapNonErrors())
  .get('/error/*', (c) => {
    // An app that puts the (decoded) path into its own message, as many do.
    throw new Error(`no handler for ${c.req.path}`)
  })
  .get('/string/*', (c) => {
    throw `failed at ${c.req.path}`
  })
  .get('/object/*', (c) => {
    throw { path: c.req.path }
  })
  .get('/cause/*', (c) => {
    throw new Error('wrapped', { cause: new Error(`inner ${c.req.path}`) })
  })
  .get('/unrenderable', () => {
    throw new Unrenderable(401)
  })
  .onError(errorHandler())

let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const logOf = async (path: string): Promise<string> => {
  const calls = await consoleErrorCalls(async () => {
    const response = await fetch(server.url + path)
    expect(response.status).toBe(500)
    await response.body?.cancel()
  })
  expect(calls).toHaveLength(1)
  return calls[0] ?? ''
}

const CONTROLS = ['%0A', '%0D%0A', '%0D', '%1B%5B2K', '%C2%85', '%E2%80%A8', '%E2%80%A9', '%00', '%7F']

describe('the default onUnexpected log line', () => {
  it.each(['error', 'string', 'object', 'cause'])(
    'is one line for a %s thrown with a path of control characters',
    async (route) => {
      for (const encoded of CONTROLS) {
        const line = await logOf(`/${route}/x${encoded}${encodeURIComponent(FORGED)}`)
        expect(lineBreakIn(line), `${encoded}: ${line}`).toBeUndefined()
        expect(line).toMatch(
          /^oz-errors: GET "\/[a-z]+\/x%[^"]*" failed unexpectedly; answered UNKNOWN 500: /,
        )
      }
    },
  )

  it('names the path as sent, percent-encoding kept and JSON-quoted, and escapes the decoded one in the message', async () => {
    const line = await logOf(`/error/x%0A${encodeURIComponent(FORGED)}`)
    expect(line).toContain(`GET "/error/x%0A${encodeURIComponent(FORGED)}"`)
    // Hono decodes all but the reserved characters (`%3A` stays).
    expect(line).toContain('no handler for /error/x\\u000a2026-01-01T00%3A00%3A00.000Z INFO admin')
  })

  it('keeps the stack and the causes of an error, on the one line', async () => {
    const line = await logOf('/cause/x%0Ay')
    expect(line).toContain('Error: wrapped\\u000a    at ')
    expect(line).toContain(' | caused by: Error: inner /cause/x\\u000ay')
  })

  it('writes a thrown object as JSON', async () => {
    expect(await logOf('/object/x%0D%0Ay')).toContain('{"path":"/object/x\\r\\ny"}')
  })

  it('says when an error could not be rendered, and prints both what was thrown and why', async () => {
    const line = await logOf('/unrenderable')
    expect(line).toContain('answered UNKNOWN 500: AggregateError: oz-errors: the error could not be rendered')
    expect(line).toContain(' [Error: ')
    expect(line).toContain('; RangeError: no response today')
  })
})
