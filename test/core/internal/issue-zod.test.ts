// The message fromIssues gives each zod 4 issue (core/internal/issue-zod.ts): what the schema
// expected, read from the issue's schema-side members.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { fromIssues } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

const messagesOf = async (schema: StandardSchemaV1, input: unknown) => {
  const result = await schema['~standard'].validate(input)
  return fromIssues(result.issues ?? []).details?.issues
}
const messageOf = (issue: Record<string, unknown>) =>
  fromIssues([{ message: 'zod text', ...issue }]).details?.issues?.[0]?.message

describe('fromIssues on zod issues', () => {
  it.each([
    ['a wrong type', z.string(), 1, 'Expected string'],
    ['an exclusive lower bound', z.number().positive(), 0, 'Expected a value > 0'],
    ['an exclusive upper bound', z.number().lt(5), 5, 'Expected a value < 5'],
    ['an inclusive upper bound', z.number().lte(5), 6, 'Expected a value <= 5'],
    ['a bigint upper bound', z.bigint().lt(5n), 9n, 'Expected a value < 5'],
    ['a short array', z.array(z.number()).min(2), [1], 'Expected a length >= 2'],
    ['a long string', z.string().max(2), 'abc', 'Expected a length <= 2'],
    ['an exact length', z.string().length(3), 'ab', 'Expected a length of exactly 3'],
    ['an exact array length', z.array(z.number()).length(1), [], 'Expected a length of exactly 1'],
    ['a small set', z.set(z.number()).min(2), new Set([1]), 'Expected a size >= 2'],
    ['a large set', z.set(z.number()).max(1), new Set([1, 2]), 'Expected a size <= 1'],
    ['a late date', z.date().max(new Date(0)), new Date(5), 'Expected a value <= 1970-01-01T00:00:00.000Z'],
    ['a suffix', z.string().endsWith('z'), 'a', 'Expected a string ending with "z"'],
    ['an infix', z.string().includes('q'), 'a', 'Expected a string including "q"'],
    ['a uuid', z.uuid(), 'a', 'Expected a valid uuid'],
    ['an ISO date', z.iso.date(), 'a', 'Expected a valid date'],
    ['a union of types', z.union([z.string(), z.number()]), true, 'No alternative matched'],
    ['a literal', z.literal('a'), 'b', 'Expected "a"'],
    ['literals', z.literal(['a', 3, true, null]), 'x', 'Expected one of "a", 3, true, null'],
    ['a refinement', z.string().refine(() => false), 'a', 'Invalid value'],
    ['an exact length, too long', z.string().length(3), 'abcd', 'Expected a length of exactly 3'],
    ['a bigint literal', z.literal(5n), 4n, 'Expected 5'],
    ['the literal undefined', z.literal(undefined), null, 'Expected undefined'],
  ] as const)('says what %s expected', async (_, schema, input, message) => {
    expect(await messagesOf(schema, input)).toStrictEqual([{ key_path: '', message }])
  })

  it('names the discriminator and its options for a discriminated union', async () => {
    const schema = z.discriminatedUnion('t', [
      z.object({ t: z.literal('a') }),
      z.object({ t: z.literal('b') }),
    ])
    expect(await messagesOf(schema, { t: 'c' })).toStrictEqual([
      { key_path: 't', message: 'Expected one of "a", "b"' },
    ])
  })

  it("says a record's key is invalid without quoting it", async () => {
    const schema = z.record(z.string().min(2), z.number())
    expect(await messagesOf(schema, { a: 1 })).toStrictEqual([{ key_path: 'a', message: 'Invalid key' }])
  })

  it('lists at most ten choices, and says so when there were more', async () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] as const
    const [issue] = (await messagesOf(z.enum(letters), 'x')) ?? []
    expect(issue?.message).toBe(
      `Expected one of ${letters
        .slice(0, 10)
        .map((l) => `"${l}"`)
        .join(', ')}, …`,
    )
    const [ten] = (await messagesOf(z.enum(letters.slice(0, 10) as ['a', ...string[]]), 'x')) ?? []
    expect(ten?.message).toBe(
      `Expected one of ${letters
        .slice(0, 10)
        .map((l) => `"${l}"`)
        .join(', ')}`,
    )
  })

  it.each([
    ['an element of a map or set', { code: 'invalid_element' }, 'Invalid element'],
    ['a format of no known shape', { code: 'invalid_format', format: 'Not A Name' }, 'Invalid format'],
    [
      'a pattern given as its source',
      { code: 'invalid_format', format: 'regex', pattern: '^a$' },
      'Expected a string matching /^a$/',
    ],
    ['a pattern that is not text', { code: 'invalid_format', format: 'regex', pattern: 5 }, 'Invalid format'],
    [
      'a prefix that is not text',
      { code: 'invalid_format', format: 'starts_with', prefix: 5 },
      'Invalid format',
    ],
    ['a bound that is not a number', { code: 'too_small', origin: 'number', minimum: '5' }, 'Invalid value'],
    ['an infinite bound', { code: 'too_big', origin: 'number', maximum: Infinity }, 'Invalid value'],
    ['a file size', { code: 'too_big', origin: 'file', maximum: 10 }, 'Expected a size <= 10'],
    ['a map size', { code: 'too_small', origin: 'map', minimum: 1 }, 'Expected a size >= 1'],
    ['a divisor that is not a number', { code: 'not_multiple_of', divisor: 'x' }, 'Invalid value'],
    ['no values', { code: 'invalid_value', values: [] }, 'Invalid value'],
    ['a value that is no literal', { code: 'invalid_value', values: [{}] }, 'Invalid value'],
    ['a generic type name', { code: 'invalid_type', expected: 'custom' }, 'Invalid type'],
    ['a type name of another shape', { code: 'invalid_type', expected: 'Number' }, 'Invalid type'],
    ['a code zod does not have', { code: 'too_odd' }, 'Invalid value'],
    ['a date bound given as text', { code: 'too_small', origin: 'date', minimum: '5' }, 'Invalid value'],
    [
      'a literal that is not a finite number',
      { code: 'invalid_value', values: [Number.NaN] },
      'Invalid value',
    ],
    ['a type name in a list', { code: 'invalid_type', expected: ['number'] }, 'Invalid type'],
    [
      'a pattern source ending in a slash',
      { code: 'invalid_format', format: 'regex', pattern: '^a/' },
      'Expected a string matching /^a//',
    ],
  ])('falls back safely for %s', (_, issue, message) => {
    expect(messageOf(issue)).toBe(message)
  })

  it('prints a date bound given in milliseconds as an instant, and an invalid one not at all', () => {
    expect(messageOf({ code: 'too_small', origin: 'date', minimum: 86_400_000 })).toBe(
      'Expected a value >= 1970-01-02T00:00:00.000Z',
    )
    expect(messageOf({ code: 'too_small', origin: 'date', minimum: Number.NaN })).toBe('Invalid value')
  })

  it('cuts a long literal and a long pattern', () => {
    const long = 'x'.repeat(100)
    expect(messageOf({ code: 'invalid_value', values: [long] })).toBe(
      `Expected ${JSON.stringify(long).slice(0, 64)}…`,
    )
    expect(messageOf({ code: 'invalid_format', format: 'regex', pattern: `/${long}${long}/` })).toBe(
      `Expected a string matching /${long}${long.slice(0, 19)}…`,
    )
  })

  it('prints a literal of 64 characters and a pattern of 120 whole', () => {
    const literal = 'x'.repeat(62)
    expect(messageOf({ code: 'invalid_value', values: [literal] })).toBe(`Expected "${literal}"`)
    const pattern = `/${'p'.repeat(118)}/`
    expect(messageOf({ code: 'invalid_format', format: 'regex', pattern })).toBe(
      `Expected a string matching ${pattern}`,
    )
  })

  it('gives a code zod does not have, or no code, the generic phrase', () => {
    expect(messageOf({ code: 'not_a_zod_code', expected: 'number', path: ['a'] })).toBe('Invalid value')
    expect(messageOf({ code: 5, expected: 'number' })).toBe('Invalid value')
    expect(messageOf({ path: ['a'] })).toBe('Invalid value')
  })

  it('does not read an issue with a kind member as zod’s', () => {
    expect(messageOf({ code: 'invalid_type', expected: 'number', kind: 'other' })).toBe('Invalid value')
  })
})
