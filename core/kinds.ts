import type { KIND_NAMES } from './internal/kind-names.js'

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

/** Every kind, in the order of its code: `OZ_ERROR_KINDS[code]` is the kind of that code (a test checks the order). */
export const OZ_ERROR_KINDS = /* @__PURE__ */ Object.keys(OZ_KINDS) as readonly OzErrorKind[]

// The decoder reads the names from internal/kind-names.ts, so that its bundle carries no
// message: that list must be this table's keys in code order, or this does not compile.
type Names = typeof KIND_NAMES
type CodeAt<I> = I extends `${infer N extends number}` ? N : never
type Misplaced = {
  [I in keyof Names & `${number}`]: OzErrorCode<Names[I]> extends CodeAt<I> ? never : Names[I]
}[keyof Names & `${number}`]
type Assert<T extends true> = T
/** @internal Compiles only while `KIND_NAMES` lists every kind at the index of its code. */
export type KindNamesInOrder = Assert<
  [Misplaced | Exclude<OzErrorKind, Names[number]>] extends [never] ? true : false
>
