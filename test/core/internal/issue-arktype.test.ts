// The message fromIssues gives each arktype 2 issue (core/internal/issue-arktype.ts): built
// from `code`, `rule`, `domain`, `unit`, `proto`, `exclusive` and the schema's own `meta`.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type } from 'arktype'
import { fromIssues } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const messagesOf = async (schema: StandardSchemaV1, input: unknown) => {
  const result = await schema['~standard'].validate(input)
  return fromIssues(result.issues ?? []).details?.issues
}
// arktype marks its issues with this member, which Standard Schema's Issue type does not name.
const ARK = { ' arkKind': 'error' }
const messageOf = (issue: Record<string, unknown>) =>
  fromIssues([{ message: 'arktype text', ...ARK, ...issue }]).details?.issues?.[0]?.message

describe('fromIssues on arktype issues', () => {
  it.each([
    ['a minimum length', type('string >= 3'), 'ab', 'Expected a length >= 3'],
    ['a maximum length', type('string <= 2'), 'abc', 'Expected a length <= 2'],
    ['an exact length', type('string == 2'), 'abc', 'Expected a length of exactly 2'],
    ['an array’s minimum length', type('string[] >= 2'), ['a'], 'Expected a length >= 2'],
    ['an inclusive minimum', type('number >= 2'), 1, 'Expected a value >= 2'],
    ['an exclusive minimum', type('number > 2'), 2, 'Expected a value > 2'],
    ['an inclusive maximum', type('number <= 2'), 3, 'Expected a value <= 2'],
    [
      'a date after',
      type('Date > d"2020-01-01"'),
      new Date(0),
      'Expected a value >= 2020-01-01T00:00:00.001Z',
    ],
    [
      'a date before',
      type('Date < d"2020-01-01"'),
      new Date('2030-01-01'),
      'Expected a value <= 2019-12-31T23:59:59.999Z',
    ],
    ['a divisor', type('number % 3'), 4, 'Expected a multiple of 3'],
    ['a pattern', type('/^a/'), 'b', 'Expected a string matching /^a/'],
    ['a described pattern', type('string').matching('^a').describe('a word'), 'b', 'Expected a word'],
    ['a keyword’s own description', type('string.email'), 'b', 'Expected an email address'],
    ['a string literal', type("'a'"), 'b', 'Expected "a"'],
    ['a number literal', type('5'), 4, 'Expected 5'],
    ['null', type('null'), 1, 'Expected null'],
    ['a type', type('string'), 1, 'Expected string'],
    ['a predicate', type('string').narrow(() => false), 'b', 'Invalid value'],
    [
      'a described predicate',
      type('string')
        .narrow(() => false)
        .describe('nice'),
      'b',
      'Expected nice',
    ],
  ] as const)('says what %s expected', async (_, schema, input, message) => {
    expect(await messagesOf(schema, input)).toStrictEqual([{ key_path: '', message }])
  })

  it('names the nested key that failed', async () => {
    expect(await messagesOf(type({ a: { b: 'number' } }), { a: { b: 'x' } })).toStrictEqual([
      { key_path: 'a.b', message: 'Expected number' },
    ])
  })

  it('lists the alternatives of a union of literals and types, at most ten', () => {
    const unit = (value: unknown) => ({ code: 'unit', unit: value })
    expect(messageOf({ code: 'union', errors: [{ code: 'domain', domain: 'string' }, unit(1)] })).toBe(
      'Expected one of string, 1',
    )
    const eleven = Array.from({ length: 11 }, (_, i) => unit(i))
    expect(messageOf({ code: 'union', errors: eleven })).toBe(
      'Expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …',
    )
    expect(messageOf({ code: 'union', errors: eleven.slice(0, 10) })).toBe(
      'Expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9',
    )
  })

  it.each([
    ['a union without its branches', { code: 'union' }, 'No alternative matched'],
    ['a union with a branch that is no object', { code: 'union', errors: [null] }, 'No alternative matched'],
    [
      'a union with a branch of another code',
      { code: 'union', errors: [{ code: 'min' }] },
      'No alternative matched',
    ],
    [
      'a union with a literal that is no primitive',
      { code: 'union', errors: [{ code: 'unit', unit: {} }] },
      'No alternative matched',
    ],
    ['a literal that is no primitive', { code: 'unit', unit: {} }, 'Invalid value'],
    [
      'a class without a plain name',
      { code: 'proto', proto: Object.defineProperty(() => {}, 'name', { value: '<img>' }) },
      'Invalid value',
    ],
    ['a class with an odd name', { code: 'proto', proto: { name: 'Date' } }, 'Invalid value'],
    ['a divisor of one', { code: 'divisor', rule: 1 }, 'Expected an integer'],
    ['a bound that is not a number', { code: 'min', rule: 'x' }, 'Invalid value'],
    ['an exclusive maximum', { code: 'max', rule: 2, exclusive: true }, 'Expected a value < 2'],
    ['a required key', { code: 'required' }, 'Required'],
    [
      'a description too long to repeat',
      { code: 'predicate', meta: { description: 'd'.repeat(121) } },
      'Invalid value',
    ],
    [
      'a description of 120 characters',
      { code: 'predicate', meta: { description: 'd'.repeat(120) } },
      `Expected ${'d'.repeat(120)}`,
    ],
    ['a description that is not text', { code: 'predicate', meta: { description: 5 } }, 'Invalid value'],
    ['a format name', { code: 'pattern', rule: '^a', meta: { format: 'uuid' } }, 'Expected a valid uuid'],
    ['no meta', { code: 'predicate', meta: null }, 'Invalid value'],
    ['a pattern without meta', { code: 'pattern', rule: '^a' }, 'Expected a string matching /^a/'],
    [
      'a pattern with null meta',
      { code: 'pattern', rule: '^a', meta: null },
      'Expected a string matching /^a/',
    ],
    [
      'a union with a bound branch',
      { code: 'union', errors: [{ code: 'min', domain: 'number' }] },
      'No alternative matched',
    ],
    ['a code arktype does not have', { code: 'odd' }, 'Invalid value'],
    ['a key that was not removed', { code: 'predicate', expected: 'kept' }, 'Invalid value'],
  ])('falls back safely for %s', (_, issue, message) => {
    expect(messageOf(issue)).toBe(message)
  })

  it('tells arktype by its kind marker alone', () => {
    const issue = { message: 'x', code: 'required' }
    const node = { ' arkKind': 'node' }
    expect(fromIssues([{ ...issue, ...ARK }]).details?.issues?.[0]?.message).toBe('Required')
    expect(fromIssues([{ ...issue, ...node }]).details?.issues?.[0]?.message).toBe('Invalid value')
  })
})
