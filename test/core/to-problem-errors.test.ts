// Only the kinds that name a field at fault (codes 3 to 5) carry RFC 9457 `errors`.
import { OZ_ERROR_KINDS, OzErr, ozError, toProblem } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('toProblem errors', () => {
  it('leaves errors out of every kind that names no field', () => {
    const kinds = OZ_ERROR_KINDS.filter(
      (kind) => !['INVALID_STRUCTURE', 'INVALID_VALUE', 'INVALID_TYPE'].includes(kind),
    )
    expect(kinds).toHaveLength(10)
    for (const kind of kinds) expect(toProblem(ozError(kind as 'UNKNOWN'))).not.toHaveProperty('errors')
    expect(toProblem(OzErr.notExist({ details: { resource: 'folder' } }))).not.toHaveProperty('errors')
  })
})
