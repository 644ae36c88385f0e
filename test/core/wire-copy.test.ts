// Decoded details are a copy of the input, never a share of it (issue 17; docs/performance.md
// says why).
import { fromWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('what the copy holds', () => {
  it('puts only checked members on the wire, whatever symbol keys the input had', () => {
    const details = { resource: 'folder', [Symbol('s')]: () => 'not JSON' }
    const error = fromWire({ error_code: 10, error_message: 'x', details })._unsafeUnwrap()
    expect(error.details).not.toBe(details)
    expect(JSON.stringify(error.details)).toBe('{"resource":"folder"}')
  })

  it('shares no object or array with the input', () => {
    const allowed = ['GET']
    const details = { method: 'PUT', allowed, extra: { nested: [1] } }
    const error = fromWire({ error_code: 1, error_message: 'x', details })._unsafeUnwrap()
    if (error.kind !== 'NOT_ALLOWED' || error.details === null) throw new Error('not decoded')
    expect(error.details.allowed).not.toBe(allowed)
    expect(error.details.extra).not.toBe(details.extra)
    allowed.push('DELETE')
    expect(error.details.allowed).toEqual(['GET'])
  })
})
