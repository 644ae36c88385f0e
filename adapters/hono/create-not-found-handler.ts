import type { NotFoundHandler } from 'hono'
import { OzErr } from '../../core/index.js'
import { contextResponse } from './internal/context-response.js'
import type { RenderOptions } from './render-options.js'

// Built once: no details, so nothing the client sent is echoed back.
const NOT_EXIST = /* @__PURE__ */ OzErr.notExist()

/**
 * `notFoundHandler` with options: a handler for `app.notFound` answering `NOT_EXIST` 404 in the
 * `format` chosen. The path is never echoed, also not as a problem's `instance`.
 *
 * @example
 * app.notFound(createNotFoundHandler({ format: 'negotiate' }))
 */
export const createNotFoundHandler =
  (options?: RenderOptions): NotFoundHandler =>
  (c) =>
    contextResponse(c, NOT_EXIST, options)
