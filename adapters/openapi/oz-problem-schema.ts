import { OZ_ERROR_KINDS, type OzErrorKind } from '../../core/index.js'
import { DIALECT, problemSchema } from './internal/schemas.js'
import type { OzJsonSchema } from './oz-json-schema.js'

/**
 * The JSON Schema (2020-12) of the RFC 9457 problem body that `toProblem` gives for `kind`
 * (served as `application/problem+json`), or of every kind (a `oneOf` told apart by
 * `error_code`) when `kind` is left out. Required: `type` (any base, ending with the kind in
 * kebab case: `…not-exist`), `title` (the kind's default message), `status` (the kind's),
 * `detail`, `error_code`, `details` (as `ozWireSchema` has them) and, for codes 3 to 5,
 * `errors` (`{ pointer, detail }` each); `instance` optional; other members allowed.
 *
 * @example
 * const validate = new Ajv2020().compile(ozProblemSchema('NOT_EXIST'))
 * validate(toProblem(OzErr.notExist({ details: { resource: 'folder' } }))) // true
 */
export const ozProblemSchema = (kind?: OzErrorKind): OzJsonSchema =>
  kind === undefined
    ? {
        $schema: DIALECT,
        title: 'OzProblem',
        oneOf: OZ_ERROR_KINDS.map((each) => problemSchema(each)),
      }
    : { $schema: DIALECT, ...problemSchema(kind) }
