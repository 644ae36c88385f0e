import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context } from 'hono'
import { fromIssues, httpHeaders, toWire } from '../../../core/index.js'

/**
 * What `OpenAPIHono` hands its hook: the validation result of one request part.
 *
 * @example
 * ozDefaultHook({ success: false, error: zodError }, c) // INVALID_STRUCTURE 400
 */
export interface OzHookResult {
  readonly success: boolean
  readonly error?: { readonly issues: readonly StandardSchemaV1.Issue[] }
}

/**
 * The `defaultHook` for `new OpenAPIHono({ defaultHook: ozDefaultHook })`: a request that fails
 * its zod schema is answered `INVALID_STRUCTURE` 400 with `details.issues` (dotted
 * `key_path`s), as `ozValidator` answers, rather than @hono/zod-openapi's own body (not of this
 * model, and echoing what the client sent). A valid request goes on to the handler.
 *
 * @example
 * const app = new OpenAPIHono({ defaultHook: ozDefaultHook })
 */
export const ozDefaultHook = (result: OzHookResult, c: Context): Response | undefined => {
  if (result.success) return undefined
  const error = fromIssues(result.error?.issues ?? [])
  // c.json: the Oz body as `application/json`, as ozValidator sends it, and the kind's headers.
  return c.json(toWire(error), 400, httpHeaders(error))
}
