// The public names of `oz-errors`, one by one. Each file is named after what it exports;
// docs/architecture.md says where everything lives.

export { asOzError, toOzError } from './as-oz-error.js'
export type {
  AuthExpiredDetails,
  AuthForbiddenDetails,
  DatabaseDetails,
  ExternalServiceDetails,
  InvalidStructureDetails,
  InvalidTypeDetails,
  InvalidValueDetails,
  NotAllowedDetails,
  NotExistDetails,
  OzDetails,
  OzDetailsByKind,
  OzIssue,
} from './details.js'
export type { FromIssuesOptions } from './from-issues.js'
export { fromIssues } from './from-issues.js'
export { fromProblem } from './from-problem.js'
export type { ForeignResponse, FromResponseOptions, UnreadBody } from './from-response.js'
export { fromResponse } from './from-response.js'
export type { ChallengeOptions, OzHttpHeaders } from './http-headers.js'
export { authChallenge, httpHeaders } from './http-headers.js'
export type { OzHttpStatus, OzHttpStatusByKind, OzHttpStatusOf } from './http-status.js'
export { httpStatus } from './http-status.js'
export { isOzError } from './is-oz-error.js'
export type { JsonObject, JsonValue } from './json.js'
export { MAX_DEPTH } from './json.js'
export { kindForStatus } from './kind-for-status.js'
export type { OzErrorCode, OzErrorKind } from './kinds.js'
export { OZ_ERROR_KINDS, OZ_KINDS } from './kinds.js'
export type { OzErrConstructor, OzErrConstructors } from './oz-err.js'
export { OzErr } from './oz-err.js'
export type { OzError, OzErrorInit, OzErrorOf } from './oz-error.js'
export { ozError } from './oz-error.js'
export { OzException } from './oz-exception.js'
export type { OzProblem, OzProblemEntry, OzProblemOf, ToProblemOptions } from './to-problem.js'
export { PROBLEM_TYPE_BASE, toProblem } from './to-problem.js'
export { toWire } from './to-wire.js'
export type { OzWire, OzWireError, OzWireOf } from './wire.js'
export { fromWire } from './wire.js'
