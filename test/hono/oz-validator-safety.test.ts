// ozValidator on a real Hono app: no value the client sent comes back, and the answer's size
// and time are bounded by constants, not by the request (issue 11 §1, §2).
import fc from 'fast-check'
import { Hono } from 'hono'
import { fromWire } from 'oz-errors'
import { ozValidator } from 'oz-errors/hono'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { LEAK_CASES } from '../support/leak-schemas.js'
import { digitMarker, marker, markerIn } from '../support/marker.js'

const post = (app: Hono, body: string) =>
  app.request('/', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

const issuesOf = async (response: Response) => {
  expect(response.status).toBe(400)
  const error = fromWire(await response.json())._unsafeUnwrap()
  return error.kind === 'INVALID_STRUCTURE' ? error.details : null
}

describe('ozValidator never sends back what the client sent', () => {
  it.each(LEAK_CASES)('%s, in a JSON body', async (_, leak) => {
    const app = new Hono().post('/', ozValidator('json', leak.schema), (c) => c.json({}))
    await fc.assert(
      fc.asyncProperty(leak.digits === true ? digitMarker() : marker(), async (planted) => {
        const response = await post(app, JSON.stringify(leak.input(planted)))
        expect(response.status).toBe(400)
        expect(markerIn(await response.text(), planted, { asKey: leak.asKey === true })).toBeUndefined()
      }),
      { numRuns: 25 },
    )
  })

  it.each(LEAK_CASES.filter(([, leak]) => leak.digits === true))(
    '%s, a card number in the query',
    async (_, leak) => {
      const app = new Hono().get('/', ozValidator('query', leak.schema), (c) => c.json({}))
      await fc.assert(
        fc.asyncProperty(digitMarker(), async (card) => {
          const response = await app.request(`/?v=${card}`)
          expect(response.status).toBe(400)
          expect(markerIn(await response.text(), card)).toBeUndefined()
        }),
        { numRuns: 25 },
      )
    },
  )

  it('sends the schema’s own messages when told to trust them', async () => {
    const schema = z.object({ name: z.string().min(3, 'Names have three letters or more') })
    const app = new Hono().post('/', ozValidator('json', schema, { trustSchemaMessages: true }), (c) =>
      c.json({}),
    )
    const details = await issuesOf(await post(app, '{"name":"ab"}'))
    expect(details?.issues).toStrictEqual([{ key_path: 'name', message: 'Names have three letters or more' }])
  })
})

describe('ozValidator answers in bounded size and time', () => {
  const zeros = `[${Array.from({ length: 50_000 }, () => '0').join(',')}]`

  it.each([
    ['zod', z.array(z.string())],
    ['valibot', v.array(v.string())],
  ] as const)(
    'answers 98 KiB of [0,0,…] against %s with 100 issues and a count of the rest',
    async (_, schema) => {
      const app = new Hono().post('/', ozValidator('json', schema), (c) => c.json({}))
      const response = await post(app, zeros)
      const text = await response.clone().text()
      const details = await issuesOf(response)
      expect(details?.issues).toHaveLength(100)
      expect(details?.omitted_issues).toBe(49_900)
      expect(text.length).toBeLessThan(8 * 1024)
    },
  )

  it('takes maxIssues', async () => {
    const app = new Hono().post('/', ozValidator('json', z.array(z.string()), { maxIssues: 2 }), (c) =>
      c.json({}),
    )
    const details = await issuesOf(await post(app, zeros))
    expect(details?.issues?.map((issue) => issue.key_path)).toStrictEqual(['0', '1'])
    expect(details?.omitted_issues).toBe(49_998)
  })

  it('answers 32,000 unknown keys (zod strictObject) in well under a second', async () => {
    const body: Record<string, number> = { name: 1 }
    for (let i = 0; i < 32_000; i++) body[`key-${i}-${'x'.repeat(4)}`] = i
    const app = new Hono().post('/', ozValidator('json', z.strictObject({ name: z.number() })), (c) =>
      c.json({}),
    )
    const text = JSON.stringify(body)
    const start = performance.now()
    const response = await post(app, text)
    const elapsed = performance.now() - start
    expect((await issuesOf(response))?.issues).toStrictEqual([{ key_path: '', message: 'Unrecognized keys' }])
    // Parsing and validating take tens of milliseconds; the redaction this replaced took 13 s.
    expect(elapsed).toBeLessThan(1500)
  })
})
