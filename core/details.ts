import type { JsonObject } from './json.js'
import type { OzErrorKind } from './kinds.js'

/** One entry of `INVALID_STRUCTURE` details: which field, and what is wrong with it. */
export interface OzIssue extends JsonObject {
  /** Dotted path of the field (`items.0.name`; `""` for the root). */
  readonly key_path: string
  readonly message: string
}

/** Details of `NOT_ALLOWED` (405): the method called and those the resource allows. */
export interface NotAllowedDetails extends JsonObject {
  readonly method: string
  readonly allowed: readonly string[]
}

/** Details of `INVALID_STRUCTURE` (400): the field at fault, or every issue found. */
export interface InvalidStructureDetails extends JsonObject {
  readonly key_path?: string
  readonly issues?: readonly OzIssue[]
  /** How many issues were found beyond those listed (a long list is cut short). */
  readonly omitted_issues?: number
}

/** Details of `INVALID_VALUE` (400): the field whose value is wrong, and why. */
export interface InvalidValueDetails extends JsonObject {
  readonly key_path: string
  readonly reason?: string
}

/** Details of `INVALID_TYPE` (400): the field whose type is wrong, what was expected and received. */
export interface InvalidTypeDetails extends JsonObject {
  readonly key_path: string
  readonly expected?: string
  readonly received?: string
}

/** Details of `AUTH_EXPIRED` (401): when the token expired (ISO 8601). */
export interface AuthExpiredDetails extends JsonObject {
  readonly expired_at?: string
}

/** Details of `AUTH_FORBIDDEN` (403): the roles or permissions that would have been needed. */
export interface AuthForbiddenDetails extends JsonObject {
  readonly required?: readonly string[]
}

/** Details of `NOT_EXIST` (404): the kind of resource and its id. */
export interface NotExistDetails extends JsonObject {
  readonly resource: string
  readonly id?: string
}

/** Details of `EXTERNAL_SERVICE` (502): the failing service and, if known, when to retry (seconds). */
export interface ExternalServiceDetails extends JsonObject {
  readonly service: string
  readonly retry_after?: number
}

/** Details of `DATABASE` (503): when to retry (seconds), if known. */
export interface DatabaseDetails extends JsonObject {
  readonly retry_after?: number
}

/**
 * The details object of each kind. Every kind's `details` is this or `null`; all are open
 * (members beyond the listed ones are kept).
 */
export interface OzDetailsByKind {
  UNKNOWN: JsonObject
  NOT_ALLOWED: NotAllowedDetails
  NOT_REALIZED: JsonObject
  INVALID_STRUCTURE: InvalidStructureDetails
  INVALID_VALUE: InvalidValueDetails
  INVALID_TYPE: InvalidTypeDetails
  AUTH_NOT_PROVIDED: JsonObject
  AUTH_INVALID: JsonObject
  AUTH_EXPIRED: AuthExpiredDetails
  AUTH_FORBIDDEN: AuthForbiddenDetails
  NOT_EXIST: NotExistDetails
  EXTERNAL_SERVICE: ExternalServiceDetails
  DATABASE: DatabaseDetails
}

/** The `details` of kind `K`: its object, or `null`. */
export type OzDetails<K extends OzErrorKind = OzErrorKind> = OzDetailsByKind[K] | null
