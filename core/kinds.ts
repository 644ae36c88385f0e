import { KIND_NAMES } from './internal/kind-names.js'

/**
 * The one table of the Oz error model: every kind, its numeric `error_code` and the default
 * `error_message` from the API's own documentation. Types, constructors and the decoder derive
 * from it; the HTTP status of each kind lives in `status.ts`.
 */
export const OZ_KINDS = {
  UNKNOWN: { code: 0, message: 'Unknown server side error occurred' },
  NOT_ALLOWED: { code: 1, message: 'An unallowed method is called' },
  NOT_REALIZED: { code: 2, message: 'The method is documented but is not realized' },
  INVALID_STRUCTURE: { code: 3, message: 'Incorrect structure of request' },
  INVALID_VALUE: { code: 4, message: 'Incorrect value of the parameter inside request body or query' },
  INVALID_TYPE: { code: 5, message: 'The invalid data type of the request parameter' },
  AUTH_NOT_PROVIDED: { code: 6, message: 'Access token not specified' },
  AUTH_INVALID: { code: 7, message: 'The access token does not exist in the database' },
  AUTH_EXPIRED: { code: 8, message: 'Auth token is expired' },
  AUTH_FORBIDDEN: { code: 9, message: 'Access denied for the current user' },
  NOT_EXIST: { code: 10, message: 'The requested resource is not found' },
  EXTERNAL_SERVICE: { code: 11, message: 'Error in the external information system' },
  DATABASE: { code: 12, message: 'Critical database error on the server host' },
} as const

/** The name of an error kind, e.g. `'INVALID_VALUE'`. */
export type OzErrorKind = keyof typeof OZ_KINDS

/** The numeric `error_code` of kind `K` (of every kind when `K` is left out). */
export type OzErrorCode<K extends OzErrorKind = OzErrorKind> = (typeof OZ_KINDS)[K]['code']

/**
 * Every kind, in the order of its code: `OZ_ERROR_KINDS[code]` is the kind of that code. It is
 * the table's keys, written out once more without the messages so that the decoder can use it
 * alone; test/core/kinds.test.ts checks that the two agree.
 */
export const OZ_ERROR_KINDS: readonly OzErrorKind[] = KIND_NAMES
