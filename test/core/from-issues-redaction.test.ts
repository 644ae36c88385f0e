// No value the client sent, in any encoding, reaches fromIssues' answer (issue 11 §1).
import fc from 'fast-check'
import { fromIssues, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { LEAK_CASES } from '../support/leak-schemas.js'
import { digitMarker, marker, markerIn } from '../support/marker.js'

const answer = async (schema: (typeof LEAK_CASES)[number][1]['schema'], input: unknown) => {
  const result = await schema['~standard'].validate(input)
  expect(result.issues?.length ?? 0).toBeGreaterThan(0)
  return JSON.stringify(toWire(fromIssues(result.issues ?? [])))
}

describe('fromIssues never sends back what the client sent', () => {
  it.each(LEAK_CASES)('%s: a planted marker is in no encoding in the answer', async (_, leak) => {
    await fc.assert(
      fc.asyncProperty(leak.digits === true ? digitMarker() : marker(), async (planted) => {
        const body = await answer(leak.schema, leak.input(planted))
        expect(markerIn(body, planted, { asKey: leak.asKey === true })).toBeUndefined()
      }),
      { numRuns: 40 },
    )
  })

  it('says "Invalid value" for an issue of an unknown library, whatever its message holds', () => {
    fc.assert(
      fc.property(marker(), (planted) => {
        const issue = { message: `Expected 5, got ${planted}`, path: ['v'], code: planted, expected: planted }
        const body = JSON.stringify(toWire(fromIssues([issue])))
        expect(markerIn(body, planted)).toBeUndefined()
        expect(body).toContain('Invalid value')
      }),
    )
  })

  it('tells the checker apart from a blind one: the libraries’ own messages do carry the marker', async () => {
    // zod's own messages quote only unknown keys; valibot's and arktype's quote values.
    const quoting =
      /^(zod strictObject|valibot (trim|startsWith|transform|parseJson)|arktype string\.(trim|numeric))/
    const leaking = LEAK_CASES.filter(([name]) => quoting.test(name))
    expect(leaking).toHaveLength(7)
    for (const [name, leak] of leaking) {
      const planted = leak.digits === true ? '4111111111111111' : 'k7q2z9w4x8b3'
      const result = await leak.schema['~standard'].validate(leak.input(planted))
      const trusted = JSON.stringify(toWire(fromIssues(result.issues ?? [], { trustSchemaMessages: true })))
      expect(markerIn(trusted, planted, { asKey: leak.asKey === true }), name).toBeDefined()
    }
  })
})
