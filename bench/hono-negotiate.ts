import { Hono } from 'hono'
import { OzErr, OzException } from 'oz-errors'
import { errorHandler } from 'oz-errors/hono'
import type { Batch, Figure } from './harness.js'

// What axios and many fetch wrappers send: the Accept a negotiating handler reads most often.
const ACCEPT = 'application/json, text/plain, */*'

const appWith = (options: Parameters<typeof errorHandler>[0]) =>
  new Hono()
    .get('/folders/:id', (c) => {
      throw new OzException(OzErr.notExist({ details: { resource: 'folder', id: c.req.param('id') } }))
    })
    .onError(errorHandler(options))

const negotiated = appWith({ format: 'negotiate' })
const plain = appWith(undefined)

const requests =
  (app: Hono, accept: string): Batch =>
  async (n) => {
    let total = 0
    for (let i = 0; i < n; i++) {
      const response = await app.request('/folders/42', { headers: { accept } })
      total += response.status + (await response.text()).length
    }
    return total
  }

/** The error path of `errorHandler({ format: 'negotiate' })` against the default Oz path. */
export const honoNegotiate: Figure = {
  name: 'hono-negotiate',
  target: 0.9,
  rounds: 41,
  ours: { batch: requests(negotiated, ACCEPT) },
  baseline: { batch: requests(plain, ACCEPT) },
  check: async () => {
    const [a, b] = await Promise.all([
      negotiated.request('/folders/42', { headers: { accept: ACCEPT } }),
      plain.request('/folders/42', { headers: { accept: ACCEPT } }),
    ])
    const [x, y] = await Promise.all([a.text(), b.text()])
    if (a.status !== 404 || b.status !== 404 || x !== y || a.headers.get('vary') !== 'Accept') {
      throw new Error(`hono-negotiate: the two paths answer differently: ${JSON.stringify([x, y])}`)
    }
    const problem = await negotiated.request('/folders/42', {
      headers: { accept: 'application/problem+json' },
    })
    if (problem.headers.get('content-type') !== 'application/problem+json') {
      throw new Error('hono-negotiate: the negotiating handler does not negotiate')
    }
  },
}
