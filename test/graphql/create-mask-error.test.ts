import { GraphQLError } from 'graphql'
import { OzErr, type OzError, OzException } from 'oz-errors'
import { createFormatError, createMaskError, formatError, maskError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'

describe('createMaskError and createFormatError', () => {
  const bug = new Error('db password hunter2')
  const ours = new OzException(OzErr.authForbidden())
  const syntax = new GraphQLError('Syntax Error: Unexpected Name')

  it('call onError once per rendered Oz error, the UNKNOWN and the original for a masked one', () => {
    const seen: [string, unknown][] = []
    const onError = (error: OzError, { thrown }: { thrown: unknown }) => seen.push([error.kind, thrown])
    const mask = createMaskError({ onError })
    const format = createFormatError({ onError })
    for (const thrown of [ours, bug, syntax]) {
      mask(thrown)
      format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, thrown)
    }
    expect(seen).toEqual([
      ['AUTH_FORBIDDEN', ours],
      ['AUTH_FORBIDDEN', ours],
      ['UNKNOWN', bug],
      ['UNKNOWN', bug],
      ['UNKNOWN', syntax],
    ])
  })

  it('answer as maskError does, also when the hook throws', () => {
    const mask = createMaskError({
      onError: () => {
        throw new Error('hook failed')
      },
    })
    for (const thrown of [ours, bug, syntax])
      expect(mask(thrown).toJSON()).toEqual(maskError(thrown).toJSON())
  })

  it('answer as maskError and formatError do when given no options', () => {
    const formatted = { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
    for (const thrown of [ours, bug, syntax]) {
      expect(createMaskError()(thrown).toJSON()).toEqual(maskError(thrown).toJSON())
      expect(createFormatError()(formatted, thrown)).toEqual(formatError(formatted, thrown))
    }
  })
})
