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
export type {
  OzErrConstructorName,
  OzErrConstructors,
  OzError,
  OzErrorInit,
  OzErrorOf,
  OzErrorOfEach,
} from './error.js'
export { isOzError, OzErr, ozError } from './error.js'
export { OzException, toOzError } from './exception.js'
export type { ChallengeOptions, OzHttpHeaders } from './headers.js'
export { authChallenge, httpHeaders } from './headers.js'
export type { FromIssuesOptions } from './issues.js'
export { fromIssues } from './issues.js'
export type { JsonObject, JsonValue } from './json.js'
export { MAX_DEPTH } from './json.js'
export type { OzErrorCode, OzErrorKind } from './kinds.js'
export { OZ_ERROR_KINDS, OZ_KINDS } from './kinds.js'
export type { ForeignResponse } from './response.js'
export { fromResponse } from './response.js'
export type { OzHttpStatus } from './status.js'
export { httpStatus, kindForStatus } from './status.js'
export type { OzWire, OzWireError, OzWireOf } from './wire.js'
export { fromWire, toWire } from './wire.js'
