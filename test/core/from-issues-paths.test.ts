// A key path is joined only up to its cap, so a path of billions of segments costs no more than
// a short one: fromIssues answers at once.
import { fromIssues } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('fromIssues and very long paths', () => {
  it('answers a path of 2^32 - 1 segments with the start of its key path', () => {
    const path = new Array<PropertyKey>(2 ** 32 - 1)
    path[0] = 'items'
    const keyPath = fromIssues([{ message: 'm', path }]).details?.issues?.[0]?.key_path ?? ''
    expect(keyPath.startsWith('items.undefined.undefined')).toBe(true)
    expect(keyPath.length).toBeLessThanOrEqual(1001)
  })
})
