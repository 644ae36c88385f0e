// A retry_after no server can send (NaN, Infinity, negative) is dropped by the constructors, so
// every error they make is one fromWire accepts back.
import { fromWire, OzErr, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('the constructors and retry_after', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1])(
    'drop retry_after %d',
    (seconds) => {
      const error = OzErr.database({ details: { retry_after: seconds } })
      expect(error.details).toStrictEqual({})
      expect(fromWire(JSON.parse(JSON.stringify(toWire(error))))._unsafeUnwrap()).toStrictEqual(error)
      const external = OzErr.externalService({ details: { service: 'engine', retry_after: seconds } })
      expect(external.details).toStrictEqual({ service: 'engine' })
    },
  )

  it('keeps 0 and a fraction, and writes -0 as the 0 JSON prints', () => {
    expect(OzErr.database({ details: { retry_after: 0 } }).details).toStrictEqual({ retry_after: 0 })
    expect(OzErr.database({ details: { retry_after: 1.5 } }).details).toStrictEqual({ retry_after: 1.5 })
    expect(Object.is(OzErr.database({ details: { retry_after: -0 } }).details?.retry_after, 0)).toBe(true)
  })
})
