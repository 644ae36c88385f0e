// The line ozErrorFormatter logs by default for a masked error (core/internal/log-line.ts):
// one line whatever the path, the type or the error hold.
import { TRPCError } from '@trpc/server'
import { ozErrorFormatter } from 'oz-errors/trpc'
import { afterEach, describe, expect, it, vi } from 'vitest'

const logged = (error: TRPCError, type: string, path: string | undefined): string => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {})
  ozErrorFormatter()({ error, type, path, shape: { data: { httpStatus: 500 } } })
  expect(log).toHaveBeenCalledTimes(1)
  return String(log.mock.calls[0]?.[0])
}

describe('the default log line of a masked error', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('names the type, the path as JSON and the error, every control character escaped', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' })
    Object.defineProperty(error, 'stack', { value: 'TRPCError: boom\n    at x\u2028\u0085\u007f' })
    expect(logged(error, 'query\r\n', 'a\u0000b')).toBe(
      'oz-errors: tRPC query\\u000d\\u000a "a\\u0000b" failed unexpectedly; answered UNKNOWN 500: TRPCError: boom\\u000a    at x\\u2028\\u0085\\u007f',
    )
  })

  it('says null for no path, and the error’s text when it has no stack', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' })
    Object.defineProperty(error, 'stack', { value: undefined })
    expect(logged(error, 'mutation', undefined)).toBe(
      'oz-errors: tRPC mutation null failed unexpectedly; answered UNKNOWN 500: TRPCError: boom',
    )
  })

  it('says so when the error cannot be printed at all', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR' })
    Object.defineProperty(error, 'stack', {
      get: () => {
        throw new Error('trap')
      },
    })
    expect(logged(error, 'query', 'p')).toBe(
      'oz-errors: tRPC query "p" failed unexpectedly; answered UNKNOWN 500: (a value that cannot be printed)',
    )
  })
})
