/**
 * Validation errors cost no more than finding them (issue 11 §2). Each figure times
 * `app.request()` of a failing JSON body through a Hono app whose only middleware is
 * `ozValidator`, against `JSON.parse` of the same body plus the schema's own `validate`, for
 * 1k, 10k and 100k unknown keys and array items, with zod and valibot. The target: at most 3×
 * the baseline's time (ratio of rates >= 1/3) at every size.
 *
 * `npm run bench:validation` runs them all; `npm run bench:validation -- --strict` exits 1 on a miss.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { Hono } from 'hono'
import { ozValidator } from 'oz-errors/hono'
import * as v from 'valibot'
import * as z from 'zod'
import { type Figure, measure } from './harness.js'

const MAX_SLOWDOWN = 3
const SIZES = [1_000, 10_000, 100_000] as const

const SHAPES = {
  keys: {
    zod: z.strictObject({ name: z.string() }),
    valibot: v.strictObject({ name: v.string() }),
    body: (n: number) =>
      JSON.stringify(
        Object.fromEntries([['name', 'a'], ...Array.from({ length: n }, (_, i) => [`key${i}`, i])]),
      ),
  },
  items: {
    zod: z.array(z.string()),
    valibot: v.array(v.string()),
    body: (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => i)),
  },
} as const

const figure = (library: 'zod' | 'valibot', shape: keyof typeof SHAPES, n: number): Figure => {
  const schema: StandardSchemaV1 = SHAPES[shape][library]
  const body = SHAPES[shape].body(n)
  const app = new Hono().post('/', ozValidator('json', schema), (c) => c.json({}))
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body }
  return {
    name: `validation ${library} ${n / 1000}k ${shape}`,
    target: 1 / MAX_SLOWDOWN,
    rounds: 11,
    check: async () => {
      const response = await app.request('/', init)
      const result = await schema['~standard'].validate(JSON.parse(body))
      if (response.status !== 400 || result.issues === undefined)
        throw new Error(`${library} ${shape}: no failure`)
    },
    ours: {
      batch: async (count) => {
        let total = 0
        for (let i = 0; i < count; i++) total += (await (await app.request('/', init)).text()).length
        return total
      },
    },
    baseline: {
      batch: async (count) => {
        let total = 0
        for (let i = 0; i < count; i++) {
          const result = await schema['~standard'].validate(JSON.parse(body))
          total += result.issues?.length ?? 0
        }
        return total
      },
    },
  }
}

const strict = process.argv.includes('--strict')
console.log(`node ${process.version}; slowdown = baseline ops/s / ours ops/s, target < ${MAX_SLOWDOWN}×`)
let missed = 0
for (const library of ['zod', 'valibot'] as const) {
  for (const shape of ['keys', 'items'] as const) {
    for (const n of SIZES) {
      const outcome = await measure(figure(library, shape, n))
      const slowdown = 1 / outcome.ratio
      if (outcome.met === false) missed++
      console.log(`  ${outcome.name}: slowdown ${slowdown.toFixed(2)}× ${outcome.met ? 'met' : 'MISSED'}`)
    }
  }
}
console.log(`${SIZES.length * 4 - missed} of ${SIZES.length * 4} validation targets met`)
if (strict && missed > 0) process.exitCode = 1
