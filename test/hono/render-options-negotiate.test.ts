// The negotiation table of `format: 'negotiate'`, through a public renderer: which body each
// Accept header gets, and that no header, however malformed or long, fails or slows a request.
import fc from 'fast-check'
import { Hono } from 'hono'
import { createNotFoundHandler } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

const app = new Hono()
app.notFound(createNotFoundHandler({ format: 'negotiate' }))

const typeFor = async (accept: string | undefined): Promise<string | null> => {
  const response = await app.request('/nowhere', accept === undefined ? {} : { headers: { accept } })
  expect(response.status).toBe(404)
  expect(response.headers.get('vary')).toBe('Accept')
  await response.body?.cancel()
  return response.headers.get('content-type')
}

const PROBLEM = 'application/problem+json'
const OZ = 'application/json'

// [Accept, the body chosen]
const TABLE: readonly (readonly [string | undefined, string])[] = [
  [undefined, OZ],
  ['', OZ],
  ['*/*', OZ],
  ['application/*', OZ],
  ['application/json', OZ],
  ['application/problem+json', PROBLEM],
  // case, whitespace and parameters
  ['APPLICATION/PROBLEM+JSON', PROBLEM],
  ['  application/problem+json  ', PROBLEM],
  ['application/problem+json; charset=utf-8', PROBLEM],
  ['application/problem+json;Q=0.5', PROBLEM],
  // q-values
  ['application/json;q=0.9, application/problem+json', PROBLEM],
  ['application/problem+json;q=0.9, application/json', OZ],
  ['application/problem+json;q=0', OZ],
  ['application/problem+json;q=1.000, application/json;q=0.999', PROBLEM],
  ['application/json;q=0.1, */*', PROBLEM],
  ['application/problem+json;q=0.5, */*;q=0.9', OZ],
  // wildcards: the most specific range decides for its type
  ['application/problem+json, */*;q=0.1', PROBLEM],
  ['application/problem+json;q=0.5, application/*', OZ],
  ['text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8', OZ],
  // a range of q=0 refuses its type, even where a wildcard would accept it
  ['application/json;q=0, */*', PROBLEM],
  ['application/problem+json;q=0, */*', OZ],
  // a range the body does not match is no offer, and takes no q from those that do
  ['text/html, application/problem+json;q=0.5', PROBLEM],
  ['text/html, application/json;q=0.5', OZ],
  // the same range twice: its higher q counts, wherever it is listed
  ['application/problem+json;q=0.1, application/json;q=0.5, application/problem+json;q=0.9', PROBLEM],
  ['application/problem+json;q=0.9, application/problem+json;q=0.1, application/json;q=0.5', PROBLEM],
  ['application/json;q=0.1, application/problem+json;q=0.5, application/json;q=0.9', OZ],
  ['application/json;q=0.9, application/json;q=0.1, application/problem+json;q=0.5', OZ],
  // a more specific range decides at equal q, before the order
  ['*/*, application/json', OZ],
  ['*/*, application/problem+json', PROBLEM],
  ['application/*;q=0.5, application/problem+json;q=0.5, application/json;q=0.4', PROBLEM],
  // a range with an invalid q is ignored, not read as a refusal of its type
  ['application/json;q=0.5, */*;q=0.9, application/problem+json;q=oops', PROBLEM],
  // a type's own range decides for it, though a wildcard has a higher q
  ['application/problem+json;q=0.5, application/json;q=0.8, */*;q=0.9', OZ],
  ['application/json;q=0.5, application/problem+json;q=0.8, */*;q=0.9', PROBLEM],
  // a range repeated later at the same q keeps the place of the first
  ['application/problem+json, application/json, application/problem+json', PROBLEM],
  ['application/json, application/problem+json, application/json', OZ],
  // ties: the range listed first, then the Oz body
  ['application/problem+json, application/json', PROBLEM],
  ['application/json, application/problem+json', OZ],
  ['*/*, application/*', OZ],
  // junk: a range with an invalid q or that is not type/subtype is skipped
  ['application/problem+json;q=2', OZ],
  ['application/problem+json;q=0.5000', OZ],
  ['application/problem+json;q=abc, application/json', OZ],
  ['application/problem+json;q=', OZ],
  ['garbage, application/problem+json', PROBLEM],
  [',,,;;;==', OZ],
  ['application/problem+json;;;', PROBLEM],
  ['application/problem+jsonx', OZ],
  ['text/html', OZ],
]

describe("format: 'negotiate'", () => {
  it.each(TABLE)('answers Accept %j with %s', async (accept, expected) => {
    expect(await typeFor(accept)).toBe(expected)
  })

  it('answers any header a client can send, with one of the two bodies', async () => {
    const visible = fc.string({ unit: fc.constantFrom(...' \t,;=*/+.qQ0123456789abjnosplicatr-') })
    await fc.assert(
      fc.asyncProperty(fc.oneof(visible, fc.string()), async (accept) => {
        let header: string | undefined = accept
        try {
          new Headers({ accept })
        } catch {
          header = undefined // not a header value fetch can carry
        }
        expect([OZ, PROBLEM]).toContain(await typeFor(header))
      }),
      { numRuns: 300 },
    )
  })

  it('finds the one acceptable type after 100,000 others', async () => {
    expect(await typeFor(`${'x/y;q=0.1,'.repeat(100_000)}application/problem+json`)).toBe(PROBLEM)
  })

  // Not in the mutation run (OZ_MUTATION, vitest.mutation.config.ts): instrumented code runs
  // many times slower, so times mean nothing there; a mutant that makes the reader quadratic
  // is caught by StrykerJS's own timeout instead.
  it.skipIf(process.env.OZ_MUTATION)('reads an enormous header in time linear in its size', async () => {
    // The best of three rounds: a busy machine only ever adds time, so the minimum is the cost.
    const time = async (accept: string): Promise<number> => {
      let best = Number.POSITIVE_INFINITY
      for (let round = 0; round < 3; round++) {
        const start = performance.now()
        for (let i = 0; i < 5; i++) await typeFor(accept)
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    for (const unit of [',', ';', 'application/json;q=0.5;a=b,', ';q=;q=;', `${' '.repeat(99)},`]) {
      await time(unit.repeat(1000))
      const small = await time(unit.repeat(20_000))
      const large = await time(unit.repeat(200_000))
      // Ten times the input; a quadratic reader would take about a hundred times as long.
      expect(large).toBeLessThan(Math.max(small, 2) * 40)
    }
  })
})
