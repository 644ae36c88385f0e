import { OZ_ERROR_KINDS, OZ_KINDS } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('the table', () => {
  it('is ordered by code, so a code indexes its kind', () => {
    expect(OZ_ERROR_KINDS.map((kind) => OZ_KINDS[kind].code)).toEqual([...Array(13).keys()])
  })
})
