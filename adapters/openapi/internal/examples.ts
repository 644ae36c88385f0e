import {
  type OzDetails,
  type OzErrorKind,
  type OzProblem,
  type OzWire,
  ozError,
  toProblem,
  toWire,
} from '../../../core/index.js'

// One example of each kind's details, typed per kind, so each one is a valid body by
// construction (and test/openapi/oz-responses.test.ts checks each against its schema).
const DETAILS: { readonly [K in OzErrorKind]: OzDetails<K> } = {
  UNKNOWN: null,
  NOT_ALLOWED: { method: 'DELETE', allowed: ['GET', 'POST'] },
  NOT_REALIZED: null,
  INVALID_STRUCTURE: { key_path: 'name', issues: [{ key_path: 'name', message: 'Required' }] },
  INVALID_VALUE: { key_path: 'limit', reason: 'must be from 1 to 100' },
  INVALID_TYPE: { key_path: 'offset', expected: 'integer', received: 'string' },
  AUTH_NOT_PROVIDED: null,
  AUTH_INVALID: null,
  AUTH_EXPIRED: { expired_at: '2026-01-01T00:00:00Z' },
  AUTH_FORBIDDEN: { required: ['admin'] },
  NOT_EXIST: { resource: 'folder', id: '42' },
  EXTERNAL_SERVICE: { service: 'analysis-engine', retry_after: 30 },
  DATABASE: { retry_after: 5 },
}

/** @internal An error of `kind` with its example details and default message. */
export const exampleError = (kind: OzErrorKind) =>
  // A kind chosen at run time; DETAILS holds that very kind's details.
  ozError(kind, { details: DETAILS[kind] as null })

/** @internal The example wire body of `kind`. */
export const exampleBody = (kind: OzErrorKind): OzWire => toWire(exampleError(kind))

/** @internal The example problem body of `kind`, as `toProblem` gives it (the default `type` base). */
export const exampleProblem = (kind: OzErrorKind): OzProblem => toProblem(exampleError(kind))
