import type { NotFoundHandler } from 'hono'
import { createNotFoundHandler } from './create-not-found-handler.js'

/**
 * The handler for `app.notFound`: `NOT_EXIST` 404 with `details: null` (the path is never
 * echoed).
 *
 * @example
 * app.notFound(notFoundHandler)
 */
export const notFoundHandler: NotFoundHandler = /* @__PURE__ */ createNotFoundHandler()
