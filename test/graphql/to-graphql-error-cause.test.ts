// The cause of an error made with toGraphQLError, as a server's logs see it.
import { inspect } from 'node:util'
import { OzErr } from 'oz-errors'
import { toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'

describe('toGraphQLError and cause', () => {
  it('logs the cause as Node logs any Error’s, and no cause line when there is none', () => {
    const cause = new Error('pool exhausted')
    expect(inspect(toGraphQLError(OzErr.database({ cause })))).toContain('[cause]: Error: pool exhausted')
    expect(inspect(toGraphQLError(OzErr.database()))).not.toContain('[cause]')
    expect('cause' in toGraphQLError(OzErr.database())).toBe(false)
  })

  it('lets a log redactor replace or delete the cause, as on a native Error', () => {
    const cause = new Error('SELECT secret')
    const error = toGraphQLError(OzErr.database({ cause }))
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toStrictEqual(
      Object.getOwnPropertyDescriptor(new Error('x', { cause }), 'cause'),
    )
    error.cause = 'redacted'
    expect(error.cause).toBe('redacted')
    delete error.cause
    expect('cause' in error).toBe(false)
  })
})
