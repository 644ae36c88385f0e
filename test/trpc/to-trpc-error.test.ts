import { TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { httpStatus, OZ_ERROR_KINDS, OzErr, OzException } from 'oz-errors'
import { toTRPCError } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'
import { EVERY_KIND } from '../support/trpc.js'

describe('toTRPCError', () => {
  it.each(OZ_ERROR_KINDS)('gives %s a tRPC code of its own HTTP status', (kind) => {
    const error = EVERY_KIND[kind]
    const thrown = toTRPCError(error)
    expect(thrown).toBeInstanceOf(TRPCError)
    expect(getHTTPStatusCodeFromError(thrown)).toBe(httpStatus(error))
    expect(thrown.message).toBe(error.message)
  })

  it('carries the error in an OzException as its cause, and the error’s cause under that', () => {
    const cause = new Error('driver timeout')
    const error = OzErr.database({ cause })
    const thrown = toTRPCError(error)
    expect(thrown.cause).toBeInstanceOf(OzException)
    expect(thrown.cause.error).toBe(error)
    expect(thrown.cause.cause).toBe(cause)
  })

  it('names the codes the issue lists', () => {
    const codes = Object.fromEntries(OZ_ERROR_KINDS.map((kind) => [kind, toTRPCError(EVERY_KIND[kind]).code]))
    expect(codes).toEqual({
      UNKNOWN: 'INTERNAL_SERVER_ERROR',
      NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
      NOT_REALIZED: 'NOT_IMPLEMENTED',
      INVALID_STRUCTURE: 'BAD_REQUEST',
      INVALID_VALUE: 'BAD_REQUEST',
      INVALID_TYPE: 'BAD_REQUEST',
      AUTH_NOT_PROVIDED: 'UNAUTHORIZED',
      AUTH_INVALID: 'UNAUTHORIZED',
      AUTH_EXPIRED: 'UNAUTHORIZED',
      AUTH_FORBIDDEN: 'FORBIDDEN',
      NOT_EXIST: 'NOT_FOUND',
      EXTERNAL_SERVICE: 'BAD_GATEWAY',
      DATABASE: 'SERVICE_UNAVAILABLE',
    })
  })
})
