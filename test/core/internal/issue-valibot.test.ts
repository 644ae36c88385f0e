// The message fromIssues gives each valibot 1 issue (core/internal/issue-valibot.ts): built
// from `kind`, `type`, `requirement` and, for the schemas that write it from their options,
// `expected`.
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { fromIssues } from 'oz-errors'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'

const messagesOf = async (schema: StandardSchemaV1, input: unknown) => {
  const result = await schema['~standard'].validate(input)
  return fromIssues(result.issues ?? []).details?.issues
}
const messageOf = (issue: Record<string, unknown>) =>
  fromIssues([{ message: 'valibot text', ...issue }]).details?.issues?.[0]?.message

class Box {}

describe('fromIssues on valibot issues', () => {
  it.each([
    ['a literal', v.literal('a'), 'b', 'Expected "a"'],
    ['an enum', v.enum({ A: 'a', B: 'b' }), 'c', 'Expected ("a" | "b")'],
    ['a union', v.union([v.string(), v.number()]), true, 'No alternative matched'],
    ['an instance', v.instance(Box), 1, 'Expected an instance of the declared class'],
    ['a type', v.number(), 'x', 'Expected number'],
    ['an object', v.object({}), 1, 'Expected object'],
    ['a strict object', v.strictObject({}), 1, 'Expected object'],
    ['a maximum length', v.pipe(v.string(), v.maxLength(2)), 'abc', 'Expected a length <= 2'],
    ['an exact length', v.pipe(v.string(), v.length(2)), 'abc', 'Expected a length of exactly 2'],
    ['a minimum value', v.pipe(v.number(), v.minValue(2)), 1, 'Expected a value >= 2'],
    ['an exclusive minimum', v.pipe(v.number(), v.gtValue(2)), 1, 'Expected a value > 2'],
    ['an exclusive maximum', v.pipe(v.number(), v.ltValue(2)), 3, 'Expected a value < 2'],
    ['a minimum size', v.pipe(v.set(v.number()), v.minSize(2)), new Set([1]), 'Expected a size >= 2'],
    [
      'a maximum of entries',
      v.pipe(v.record(v.string(), v.number()), v.maxEntries(1)),
      { a: 1, b: 2 },
      'Expected a number of entries <= 1',
    ],
    ['a minimum of bytes', v.pipe(v.string(), v.minBytes(4)), 'a', 'Expected a length >= 4'],
    ['a multiple', v.pipe(v.number(), v.multipleOf(3)), 4, 'Expected a multiple of 3'],
    ['a pattern', v.pipe(v.string(), v.regex(/^a/)), 'b', 'Expected a string matching /^a/'],
    ['a prefix', v.pipe(v.string(), v.startsWith('a')), 'b', 'Expected a string starting with "a"'],
    ['a suffix', v.pipe(v.string(), v.endsWith('a')), 'b', 'Expected a string ending with "a"'],
    ['an infix', v.pipe(v.string(), v.includes('a')), 'b', 'Expected a string including "a"'],
    ['an email', v.pipe(v.string(), v.email()), 'b', 'Expected a valid email'],
    [
      'a check',
      v.pipe(
        v.string(),
        v.check(() => false),
      ),
      'b',
      'Invalid value',
    ],
    [
      'a late date',
      v.pipe(v.date(), v.maxValue(new Date(0))),
      new Date(5),
      'Expected a value <= 1970-01-01T00:00:00.000Z',
    ],
    [
      'a transformation',
      v.pipe(
        v.string(),
        v.rawTransform(({ addIssue }) => {
          addIssue()
          return 1
        }),
      ),
      'b',
      'Could not convert the value',
    ],
  ] as const)('says what %s expected', async (_, schema, input, message) => {
    expect(await messagesOf(schema, input)).toStrictEqual([{ key_path: '', message }])
  })

  it.each([
    ['an item past a strict tuple', v.strictTuple([v.number()]), [1, 2], '1', 'Unexpected item'],
    ['a variant', v.variant('t', [v.object({ t: v.literal('a') })]), { t: 'b' }, 't', 'Expected "a"'],
    ['a loose object’s missing key', v.looseObject({ a: v.string() }), {}, 'a', 'Required'],
    ['a nested missing key', v.object({ a: v.object({ b: v.string() }) }), { a: {} }, 'a.b', 'Required'],
    [
      'a record’s key',
      v.record(v.pipe(v.string(), v.minLength(3)), v.number()),
      { ab: 1 },
      'ab',
      'Invalid key: Expected a length >= 3',
    ],
  ] as const)('says what %s expected, where', async (_, schema, input, key_path, message) => {
    expect(await messagesOf(schema, input)).toStrictEqual([{ key_path, message }])
  })

  it.each([
    [
      'an item past a tuple with rest',
      { kind: 'schema', type: 'tuple_with_rest', expected: 'never' },
      'Unexpected item',
    ],
    [
      'a tuple with rest of the wrong type',
      { kind: 'schema', type: 'tuple_with_rest', expected: 'Array' },
      'Expected tuple_with_rest',
    ],
    [
      'a picklist whose expected is too long',
      { kind: 'schema', type: 'picklist', expected: 'x'.repeat(201) },
      'Expected picklist',
    ],
    [
      'a picklist whose expected is not text',
      { kind: 'schema', type: 'picklist', expected: 1 },
      'Expected picklist',
    ],
    [
      'an object key with no key origin',
      { kind: 'schema', type: 'object', expected: '"a"', path: [{ origin: 'value' }] },
      'Expected object',
    ],
    ['an unknown validation', { kind: 'validation', type: 'Odd Check' }, 'Invalid value'],
    [
      'a picklist whose expected is a list',
      { kind: 'schema', type: 'picklist', expected: ['a'] },
      'Expected picklist',
    ],
    [
      'a picklist whose expected is 200 characters',
      { kind: 'schema', type: 'picklist', expected: 'e'.repeat(200) },
      `Expected ${'e'.repeat(200)}`,
    ],
    [
      'a bound that is not a number',
      { kind: 'validation', type: 'min_length', requirement: 'x' },
      'Invalid value',
    ],
    [
      'a prefix that is not text',
      { kind: 'validation', type: 'starts_with', requirement: 1 },
      'Invalid format',
    ],
    ['a pattern that is not one', { kind: 'validation', type: 'regex', requirement: {} }, 'Invalid format'],
    [
      'a multiple that is not a number',
      { kind: 'validation', type: 'multiple_of', requirement: 'x' },
      'Invalid value',
    ],
    ['a kind valibot does not have', { kind: 'metadata', type: 'title' }, 'Invalid value'],
    ['a type that is not text', { kind: 'schema', type: 1 }, 'Invalid value'],
  ])('falls back safely for %s', (_, issue, message) => {
    expect(messageOf(issue)).toBe(message)
  })

  it("reads an unknown key from the last path item's origin only", () => {
    const key = (path: unknown) =>
      messageOf({ kind: 'schema', type: 'strict_object', expected: 'never', path })
    expect(key([{ origin: 'value' }, { origin: 'key' }])).toBe('Unexpected key')
    expect(key([{ origin: 'key' }, { origin: 'value' }])).toBe('Expected object')
    expect(key([])).toBe('Expected object')
    expect(key([null])).toBe('Expected object')
  })
})
