// The public names of `oz-errors/openapi`, one by one; each file is named after what it exports.
export type { OzComponents } from './oz-components.js'
export { ozComponents } from './oz-components.js'
export type { OzJsonSchema, OzOpenApiVersion } from './oz-json-schema.js'
export { ozProblemSchema } from './oz-problem-schema.js'
export type {
  OzBodyFormat,
  OzContent,
  OzHeaderObject,
  OzMediaTypeObject,
  OzResponseObject,
  OzResponses,
  OzResponsesOptions,
} from './oz-responses.js'
export { ozResponses } from './oz-responses.js'
export type { OzRoute, OzUndeclared } from './oz-route.js'
export { ozRoute } from './oz-route.js'
export { ozWireSchema } from './oz-wire-schema.js'
