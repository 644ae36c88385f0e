import { OZ_ERROR_KINDS, type OzErrorKind } from '../../core/index.js'
import { bodySchema, DIALECT } from './internal/schemas.js'
import type { OzJsonSchema } from './oz-json-schema.js'

/**
 * The JSON Schema (2020-12) of the wire body of `kind`, or of every kind (a `oneOf` told apart
 * by `error_code`) when `kind` is left out. It accepts exactly what `fromWire` accepts: a
 * constant `error_code`, a string `error_message`, and `details` absent, `null`, the kind's
 * object (listed members typed, others any JSON) or, for codes 3 to 5, a bare string; other
 * members of the body are allowed. One limit JSON Schema cannot state: `fromWire` refuses
 * nesting deeper than `MAX_DEPTH` levels. Built from the decoder's own table.
 *
 * @example
 * const validate = new Ajv2020().compile(ozWireSchema('NOT_EXIST'))
 * validate({ error_code: 10, error_message: 'gone', details: { resource: 'folder' } }) // true
 */
export const ozWireSchema = (kind?: OzErrorKind): OzJsonSchema =>
  kind === undefined
    ? {
        $schema: DIALECT,
        title: 'OzError',
        oneOf: OZ_ERROR_KINDS.map((each) => bodySchema(each)),
      }
    : { $schema: DIALECT, ...bodySchema(kind) }
