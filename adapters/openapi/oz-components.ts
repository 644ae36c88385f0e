import { OZ_ERROR_KINDS } from '../../core/index.js'
import { componentName, responseOf } from './internal/responses.js'
import { bodySchema } from './internal/schemas.js'
import type { OzJsonSchema } from './oz-json-schema.js'
import type { OzResponseObject, OzResponsesOptions } from './oz-responses.js'

/**
 * The Components Object part `ozComponents` gives: a schema and a response per kind.
 *
 * @example
 * const { schemas, responses } = ozComponents()
 */
export interface OzComponents {
  /** `OzError` (the `oneOf` of every kind) and one `Oz<Kind>` per kind, e.g. `OzNotExist`. */
  readonly schemas: Readonly<Record<string, OzJsonSchema>>
  /** One `Oz<Kind>` response per kind, its schema a `$ref` to the schema of the same name. */
  readonly responses: Readonly<Record<string, OzResponseObject>>
}

/**
 * The components that `ozResponses(…, { ref: true })` points at: put them in the document's
 * `components` (beside your own). OpenAPI 3.1 by default; `{ openapi: '3.0' }` for 3.0.
 *
 * @example
 * const document = { openapi: '3.1.0', info, paths, components: ozComponents() }
 */
export const ozComponents = (options?: Pick<OzResponsesOptions, 'openapi'>): OzComponents => {
  const version = options?.openapi ?? '3.1'
  const schemas: Record<string, OzJsonSchema> = {
    OzError: {
      title: 'OzError',
      oneOf: OZ_ERROR_KINDS.map((kind) => ({ $ref: `#/components/schemas/${componentName(kind)}` })),
    },
  }
  const responses: Record<string, OzResponseObject> = {}
  for (const kind of OZ_ERROR_KINDS) {
    schemas[componentName(kind)] = bodySchema(kind, version)
    responses[componentName(kind)] = responseOf([kind], version, true)
  }
  return { schemas, responses }
}
