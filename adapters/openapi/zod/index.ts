// The public names of `oz-errors/openapi/zod` (for @hono/zod-openapi; needs zod 4), one by one.
export type { OzHookResult } from './oz-default-hook.js'
export { ozDefaultHook } from './oz-default-hook.js'
export type { OzZodResponseObject, OzZodResponses } from './oz-zod-responses.js'
export { ozZodResponses } from './oz-zod-responses.js'
