import type { NotFoundHandler } from 'hono'
import { OzErr } from '../../core/index.js'
import { contextResponse } from './internal/context-response.js'

// Built once: no details, so nothing the client sent is echoed back.
const NOT_EXIST = /* @__PURE__ */ OzErr.notExist()

/**
 * The handler for `app.notFound`: `NOT_EXIST` 404 with `details: null` (the path is never
 * echoed).
 *
 * @example
 * app.notFound(notFoundHandler)
 */
export const notFoundHandler: NotFoundHandler = (c) => contextResponse(c, NOT_EXIST)
