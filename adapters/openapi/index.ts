// The public names of `oz-errors/openapi`, one by one; each file is named after what it exports.
export type { OzJsonSchema, OzOpenApiVersion } from './oz-json-schema.js'
export { ozWireSchema } from './oz-wire-schema.js'
