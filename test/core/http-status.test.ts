import { httpStatus, kindForStatus, OZ_ERROR_KINDS, type OzErrorKind } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const STATUSES: Record<OzErrorKind, number> = {
  UNKNOWN: 500,
  NOT_ALLOWED: 405,
  NOT_REALIZED: 501,
  INVALID_STRUCTURE: 400,
  INVALID_VALUE: 400,
  INVALID_TYPE: 400,
  AUTH_NOT_PROVIDED: 401,
  AUTH_INVALID: 401,
  AUTH_EXPIRED: 401,
  AUTH_FORBIDDEN: 403,
  NOT_EXIST: 404,
  EXTERNAL_SERVICE: 502,
  DATABASE: 503,
}

describe('httpStatus', () => {
  it.each(OZ_ERROR_KINDS)('maps %s to the status of the contract', (kind) => {
    expect(httpStatus({ kind })).toBe(STATUSES[kind])
  })
})

describe('kindForStatus', () => {
  it.each([
    [400, 'INVALID_STRUCTURE'],
    [401, 'AUTH_NOT_PROVIDED'],
    [403, 'AUTH_FORBIDDEN'],
    [404, 'NOT_EXIST'],
    [405, 'NOT_ALLOWED'],
    [409, 'INVALID_STRUCTURE'],
    [500, 'UNKNOWN'],
    [501, 'NOT_REALIZED'],
    [502, 'EXTERNAL_SERVICE'],
    [503, 'DATABASE'],
    [504, 'EXTERNAL_SERVICE'],
    [302, 'UNKNOWN'],
    [399, 'UNKNOWN'],
    [418, 'INVALID_STRUCTURE'],
    [499, 'INVALID_STRUCTURE'],
    [505, 'UNKNOWN'],
  ])('picks for %i the kind %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind)
  })
})
