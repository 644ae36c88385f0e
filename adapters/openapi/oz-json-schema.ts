/**
 * A JSON Schema or OpenAPI Schema Object as plain JSON data.
 *
 * @example
 * const schema: OzJsonSchema = ozWireSchema('NOT_EXIST')
 */
export interface OzJsonSchema {
  readonly [keyword: string]: unknown
}

/**
 * Which OpenAPI the output is for: `'3.1'` (the default; its schemas are JSON Schema 2020-12)
 * or `'3.0'` (no `type: 'null'` and no `const`: `nullable` and one-value `enum`s instead).
 *
 * @example
 * ozComponents({ openapi: '3.0' })
 */
export type OzOpenApiVersion = '3.1' | '3.0'
