import { OzErr, toWire } from 'oz-errors'
import type { Figure } from './harness.js'

// Varying the field keeps either side from being folded into a constant string.
const KEYS = ['limit', 'offset', 'items.0.name', 'sort', 'filter.owner', 'page', 'q', 'fields'] as const
const keyAt = (i: number): string => KEYS[i & 7] ?? ''

const MESSAGE = 'Incorrect value of the parameter inside request body or query'

/** `JSON.stringify(toWire(OzErr.invalidValue(...)))` against `JSON.stringify` of the same literal body. */
export const encode: Figure = {
  name: 'encode',
  target: 0.95,
  ours: {
    batch: (n) => {
      let total = 0
      for (let i = 0; i < n; i++) {
        const error = OzErr.invalidValue({ details: { key_path: keyAt(i), reason: 'at most 100' } })
        total += JSON.stringify(toWire(error)).length
      }
      return total
    },
  },
  baseline: {
    batch: (n) => {
      let total = 0
      for (let i = 0; i < n; i++) {
        const body = {
          error_code: 4,
          error_message: MESSAGE,
          details: { key_path: keyAt(i), reason: 'at most 100' },
        }
        total += JSON.stringify(body).length
      }
      return total
    },
  },
  check: () => {
    for (let i = 0; i < KEYS.length; i++) {
      const ours = JSON.stringify(
        toWire(OzErr.invalidValue({ details: { key_path: keyAt(i), reason: 'at most 100' } })),
      )
      const baseline = JSON.stringify({
        error_code: 4,
        error_message: MESSAGE,
        details: { key_path: keyAt(i), reason: 'at most 100' },
      })
      if (ours !== baseline) throw new Error(`encode: the sides differ:\n${ours}\n${baseline}`)
    }
  },
}
