import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type } from 'arktype'
import { fromIssues, fromWire, OzErr, toWire } from 'oz-errors'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

const messages = async (schema: StandardSchemaV1, input: unknown) => {
  const result = await schema['~standard'].validate(input)
  return fromIssues(result.issues ?? []).details?.issues?.map((issue) => issue.message)
}

describe('fromIssues says what the schema expected', () => {
  it.each([
    ['zod min length', z.string().min(3), 'ab', 'Expected a length >= 3'],
    ['zod exclusive bound', z.number().gt(5), 1, 'Expected a value > 5'],
    ['zod bigint bound', z.bigint().min(5n), 1n, 'Expected a value >= 5'],
    [
      'zod date bound',
      z.date().min(new Date(0)),
      new Date(-5),
      'Expected a value >= 1970-01-01T00:00:00.000Z',
    ],
    ['zod type', z.number(), 'number', 'Expected number'],
    ['zod enum', z.enum(['asc', 'desc']), 'up', 'Expected one of "asc", "desc"'],
    ['zod format', z.email(), 'nope', 'Expected a valid email'],
    ['zod regex', z.string().regex(/^\d+$/), 'x', 'Expected a string matching /^\\d+$/'],
    ['zod prefix', z.string().startsWith('ab'), 'x', 'Expected a string starting with "ab"'],
    ['zod multiple', z.number().multipleOf(7), 8, 'Expected a multiple of 7'],
    ['zod unknown keys', z.strictObject({}), { a: 1, b: 2 }, 'Unrecognized keys'],
    ['valibot min length', v.pipe(v.string(), v.minLength(3)), 'ab', 'Expected a length >= 3'],
    ['valibot picklist', v.picklist(['asc', 'desc']), 'up', 'Expected ("asc" | "desc")'],
    ['valibot missing key', v.object({ a: v.string() }), {}, 'Required'],
    ['valibot unknown key', v.strictObject({}), { a: 1 }, 'Unexpected key'],
    [
      'valibot record key',
      v.record(v.pipe(v.string(), v.regex(/^a$/)), v.number()),
      { b: 1 },
      'Invalid key: Expected a string matching /^a$/',
    ],
    ['valibot bigint bound', v.pipe(v.bigint(), v.maxValue(5n)), 9n, 'Expected a value <= 5'],
    ['valibot parseJson', v.pipe(v.string(), v.parseJson()), '{', 'Expected valid JSON'],
    ['arktype type', type({ a: 'number' }), { a: 'x' }, 'Expected number'],
    ['arktype bound', type('number < 5'), 9, 'Expected a value < 5'],
    ['arktype literal union', type("'asc' | 'desc'"), 'up', 'Expected one of "asc", "desc"'],
    ['arktype format', type('string.uuid'), 'x', 'Expected a valid uuid'],
    ['arktype integer', type('number.integer'), 1.5, 'Expected an integer'],
    ['arktype instance', type('instanceof', Date), 'x', 'Expected an instance of Date'],
    ['arktype undeclared key', type({ '+': 'reject' }), { a: 1 }, 'Unexpected key'],
    ['arktype missing key', type({ a: 'string' }), {}, 'Required'],
  ] as const)('%s', async (_, schema, input, expected) => {
    expect(await messages(schema, input)).toStrictEqual([expected])
  })

  it("sends the schema's own messages only when trusted", async () => {
    const schema = v.pipe(
      v.string(),
      v.check(() => false, 'Pick a longer name'),
    )
    const result = await schema['~standard'].validate('x')
    expect(fromIssues(result.issues ?? []).details?.issues?.[0]?.message).toBe('Invalid value')
    const trusted = fromIssues(result.issues ?? [], { trustSchemaMessages: true })
    expect(trusted.details?.issues?.[0]?.message).toBe('Pick a longer name')
  })
})

describe('fromIssues answers in bounded size', () => {
  const issues = (n: number) => Array.from({ length: n }, (_, i) => ({ message: 'x', path: [i] }))

  it('lists 100 issues by default and counts the rest in omitted_issues', () => {
    const error = fromIssues(issues(25_000))
    expect(error.details?.issues).toHaveLength(100)
    expect(error.details?.omitted_issues).toBe(24_900)
    expect(error.details?.key_path).toBe('0')
  })

  it('leaves omitted_issues out when every issue is listed', () => {
    expect(fromIssues(issues(100)).details).not.toHaveProperty('omitted_issues')
  })

  it.each([
    [3, 3, 7],
    [0, 0, 10],
    [Number.POSITIVE_INFINITY, 10, undefined],
  ])('takes maxIssues %s: %s listed, %s omitted', (maxIssues, listed, omitted) => {
    const details = fromIssues(issues(10), { maxIssues }).details
    expect(details?.issues).toHaveLength(listed)
    expect(details?.omitted_issues).toBe(omitted)
    expect(details?.key_path).toBe('0')
  })

  it('cuts a key_path past 1,000 characters', () => {
    const deep = Array.from({ length: 100_000 }, () => 'key')
    const details = fromIssues([{ message: 'x', path: deep }]).details
    expect(details?.key_path).toBe(`${deep.join('.').slice(0, 1000)}…`)
    expect(details?.issues?.[0]?.key_path).toBe(details?.key_path)
  })

  it('cuts a trusted message past 1,000 characters', () => {
    const error = fromIssues([{ message: 'm'.repeat(5000) }], { trustSchemaMessages: true })
    expect(error.details?.issues?.[0]?.message).toHaveLength(1001)
  })
})

describe('omitted_issues on the wire', () => {
  const body = (omitted: unknown) => ({
    error_code: 3,
    error_message: 'Incorrect structure of request',
    details: { issues: [], omitted_issues: omitted },
  })

  it('round-trips through fromWire', () => {
    const error = OzErr.invalidStructure({ details: { issues: [], omitted_issues: 7 } })
    expect(fromWire(JSON.parse(JSON.stringify(toWire(error))))._unsafeUnwrap()).toStrictEqual(error)
  })

  it.each([-1, 1.5, '3', Number.NaN, 2 ** 60])('is refused as %s', (omitted) => {
    const wire = fromWire(body(omitted))
    expect(wire._unsafeUnwrapErr().path).toBe('details.omitted_issues')
  })
})

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

  it('says only "Invalid value" for an issue of an unknown library, whatever its message quotes', () => {
    const issue = { message: 'Expected >=1000 but received 123 (1234 max)', path: ['n'] }
    expect(fromIssues([issue], { input: { n: 123 } }).details?.issues?.[0]?.message).toBe('Invalid value')
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
      issues: [{ key_path: '', message: 'Invalid value' }],
    })
  })
})

describe('fromIssues reads what any library hands it', () => {
  it('names keys given as path segments, symbols and numbers alike', () => {
    const path = [{ key: 'items' }, 0, Symbol('name'), Symbol(), { key: 1 }, null]
    // A loosely typed library: a segment that is null.
    const issue = { message: 'x', path } as unknown as StandardSchemaV1.Issue
    expect(fromIssues([issue]).details?.key_path).toBe('items.0.name..1.null')
  })

  it('names the root when reading the path throws, and still answers', () => {
    const issue = {
      message: 'x',
      get path(): never {
        throw new Error('trap')
      },
    }
    expect(fromIssues([issue]).details?.issues).toStrictEqual([{ key_path: '', message: 'Invalid value' }])
  })

  it('says "Invalid value" for an issue whose members throw when read', () => {
    const issue = {
      message: 'x',
      get code(): never {
        throw new Error('trap')
      },
    }
    expect(fromIssues([issue]).details?.issues?.[0]?.message).toBe('Invalid value')
  })

  it('has no key_path and no issues for an empty list', () => {
    expect(fromIssues([]).details).toStrictEqual({ issues: [] })
  })

  it('keeps the key_path of the first issue when none is listed', () => {
    const details = fromIssues([{ message: 'x', path: ['a'] }], { maxIssues: 0 }).details
    expect(details).toStrictEqual({ key_path: 'a', issues: [], omitted_issues: 1 })
  })

  it.each([
    [2.9, 2],
    [-5, 0],
    [Number.NaN, 10],
  ])('reads maxIssues %s as %s', (maxIssues, listed) => {
    const issues = Array.from({ length: 10 }, (_, i) => ({ message: 'x', path: [i] }))
    expect(fromIssues(issues, { maxIssues }).details?.issues).toHaveLength(listed)
  })

  it('replaces the message when asked, and keeps the default otherwise', () => {
    expect(fromIssues([], { message: 'Fix the form' }).message).toBe('Fix the form')
    expect(fromIssues([]).message).toBe('Incorrect structure of request')
  })

  it('says what the schema expected when a trusted message is not text or cannot be read', () => {
    const zod = { code: 'invalid_type', expected: 'number', path: ['n'] }
    const reading = {
      ...zod,
      get message(): string {
        throw new Error('trap')
      },
    }
    // A loosely typed library: its message is not a string.
    const untyped = { ...zod, message: 5 } as unknown as StandardSchemaV1.Issue
    for (const issue of [untyped, reading]) {
      expect(fromIssues([issue], { trustSchemaMessages: true }).details?.issues?.[0]?.message).toBe(
        'Expected number',
      )
    }
  })

  it('keeps a key_path of 1,000 characters whole, and cuts one that goes on', () => {
    const long = 'k'.repeat(1000)
    expect(fromIssues([{ message: 'x', path: [long] }]).details?.key_path).toBe(long)
    expect(fromIssues([{ message: 'x', path: [long, 'next'] }]).details?.key_path).toBe(`${long}…`)
  })

  it('keeps a trusted message of 1,000 characters whole', () => {
    const error = fromIssues([{ message: 'm'.repeat(1000) }], { trustSchemaMessages: true })
    expect(error.details?.issues?.[0]?.message).toBe('m'.repeat(1000))
  })
})
