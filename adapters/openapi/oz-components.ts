import { OZ_ERROR_KINDS } from '../../core/index.js'
import { bodiesOf, componentName, PROBLEM_BODY, refTo, responseOf, schemaName } from './internal/responses.js'
import type { OzJsonSchema } from './oz-json-schema.js'
import type { OzBodyFormat, OzResponseObject, OzResponsesOptions } from './oz-responses.js'

/**
 * The Components Object part `ozComponents` gives: a schema and a response per kind.
 *
 * @example
 * const { schemas, responses } = ozComponents()
 */
export interface OzComponents<F extends OzBodyFormat = 'oz'> {
  /**
   * The Oz bodies, unless `format` is `'problem'`: `OzError` (the `oneOf` of every kind) and
   * one `Oz<Kind>` per kind, e.g. `OzNotExist`. The problem bodies, unless `format` is `'oz'`:
   * `OzProblem` and one `Oz<Kind>Problem` per kind, e.g. `OzNotExistProblem`.
   */
  readonly schemas: Readonly<Record<string, OzJsonSchema>>
  /** One `Oz<Kind>` response per kind, its schemas `$ref`s to the schemas of its kind. */
  readonly responses: Readonly<Record<string, OzResponseObject<F>>>
}

/**
 * The components that `ozResponses(…, { ref: true })` points at: put them in the document's
 * `components` (beside your own), with the same `format` (default `'oz'`). OpenAPI 3.1 by
 * default; `{ openapi: '3.0' }` for 3.0.
 *
 * @example
 * const document = { openapi: '3.1.0', info, paths, components: ozComponents({ format: 'negotiate' }) }
 */
export const ozComponents = <F extends OzBodyFormat = 'oz'>(
  options?: Pick<OzResponsesOptions<F>, 'openapi' | 'format'>,
): OzComponents<F> => {
  const version = options?.openapi
  const format = options?.format ?? 'oz'
  const schemas: Record<string, OzJsonSchema> = {}
  for (const body of bodiesOf(format)) {
    const union = body === PROBLEM_BODY ? 'OzProblem' : 'OzError'
    schemas[union] = {
      title: union,
      oneOf: OZ_ERROR_KINDS.map((kind) => refTo(kind, body)),
    }
    for (const kind of OZ_ERROR_KINDS) schemas[schemaName(kind, body)] = body.schemaOf(kind, version)
  }
  const responses: Record<string, OzResponseObject<F>> = {}
  // `format` is `F`'s value, or its default 'oz' when `F` is the default.
  for (const kind of OZ_ERROR_KINDS)
    responses[componentName(kind)] = responseOf([kind], version, true, format as F)
  return { schemas, responses }
}
