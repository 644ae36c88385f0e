import { fromIssues } from 'oz-errors'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

describe('fromIssues', () => {
  const schema = { name: 'Folder', items: [{ name: 'x' }] }

  it('turns zod issues into INVALID_STRUCTURE with dotted key paths', async () => {
    const zod = z.object({ name: z.string(), items: z.array(z.object({ name: z.number() })) })
    const result = await zod['~standard'].validate(schema)
    const error = fromIssues(result.issues ?? [])
    expect(error.kind).toBe('INVALID_STRUCTURE')
    expect(error.details?.key_path).toBe('items.0.name')
    expect(error.details?.issues?.map((issue) => issue.key_path)).toEqual(['items.0.name'])
  })

  it('turns valibot issues into the same shape, with the rejected value left out of the message', async () => {
    const secret = 'not-an-email-but-a-secret'
    const valibot = v.object({ email: v.pipe(v.string(), v.email()) })
    const input = { email: secret }
    const result = await valibot['~standard'].validate(input)
    expect(result.issues?.[0]?.message).toContain(secret)
    const error = fromIssues(result.issues ?? [], { input })
    expect(error.details?.key_path).toBe('email')
    expect(JSON.stringify(error)).not.toContain(secret)
  })

  it('takes out a rejected number of three digits or more as a whole word only', () => {
    const issue = { message: 'Expected >=1000 but received 123 (1234 max)', path: ['n'] }
    expect(fromIssues([issue], { input: { n: 123 } }).details?.issues?.[0]?.message).toBe(
      'Expected >=1000 but received <input> (1234 max)',
    )
  })

  it('says nothing of input it cannot read', () => {
    const input = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    expect(fromIssues([{ message: 'Unrecognized key: "x"' }], { input }).details?.issues?.[0]?.message).toBe(
      'Invalid value',
    )
  })

  it('names the root as "" when an issue has no path', () => {
    expect(fromIssues([{ message: 'Expected object' }]).details).toStrictEqual({
      key_path: '',
      issues: [{ key_path: '', message: 'Expected object' }],
    })
  })
})
