import type { Figure } from './harness.js'
import { app, requests } from './hono.js'

/** `errorResponse(...)` against `throw new HTTPException(404)` through Hono's default error handler. */
export const honoHttpException: Figure = {
  name: 'hono-httpexception',
  target: 1,
  rounds: 41,
  ours: { batch: requests('/oz/42') },
  baseline: { batch: requests('/throw/42') },
  check: async () => {
    const response = await app.request('/throw/42')
    if (response.status !== 404) throw new Error(`hono-httpexception: /throw answers ${response.status}`)
  },
}
