import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { OzErr } from 'oz-errors'
import { errorResponse } from 'oz-errors/hono'
import type { Batch, Figure } from './harness.js'

const MESSAGE = 'The requested resource is not found'

/** One app for every Hono figure: the same 404 three ways, so only the way differs. */
export const app = new Hono()
  .get('/oz/:id', (c) =>
    errorResponse(OzErr.notExist({ details: { resource: 'folder', id: c.req.param('id') } })),
  )
  .get('/json/:id', (c) =>
    c.json(
      { error_code: 10, error_message: MESSAGE, details: { resource: 'folder', id: c.req.param('id') } },
      404,
    ),
  )
  .get('/throw/:id', () => {
    throw new HTTPException(404)
  })

// The body is read as a server would write it out; both sides pay for that alike.
export const requests =
  (path: string): Batch =>
  async (n) => {
    let total = 0
    for (let i = 0; i < n; i++) {
      const response = await app.request(path)
      total += response.status + (await response.text()).length
    }
    return total
  }

export const sameResponse = async (a: string, b: string): Promise<void> => {
  const [x, y] = await Promise.all([app.request(a), app.request(b)])
  const seen = [x.status, y.status, x.headers.get('content-type'), y.headers.get('content-type')]
  const [bodyX, bodyY] = await Promise.all([x.text(), y.text()])
  if (x.status !== 404 || y.status !== 404 || seen[2] !== seen[3] || bodyX !== bodyY) {
    throw new Error(`hono: ${a} and ${b} answer differently: ${JSON.stringify([...seen, bodyX, bodyY])}`)
  }
}

/** `app.request()` on a route answering `errorResponse(...)` against the same body via `c.json(body, 404)`. */
export const hono: Figure = {
  name: 'hono',
  target: 0.95,
  rounds: 41,
  ours: { batch: requests('/oz/42') },
  baseline: { batch: requests('/json/42') },
  check: () => sameResponse('/oz/42', '/json/42'),
}
