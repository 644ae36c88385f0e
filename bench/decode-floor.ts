import { oursBatch } from './decode.js'
import type { Figure } from './harness.js'
import { BODIES, MASK } from './samples.js'

// The least a client could get away with: right types on two members, details unchecked.
const looksLikeError = (x: unknown): x is { error_code: number; error_message: string } =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { error_code?: unknown }).error_code === 'number' &&
  typeof (x as { error_message?: unknown }).error_message === 'string'

/** `fromWire` against a hand-written guard that checks far less: how far the decoder is from free. */
export const decodeFloor: Figure = {
  name: 'decode-floor',
  target: undefined,
  ours: { batch: oursBatch },
  baseline: {
    batch: (n) => {
      let total = 0
      for (let i = 0; i < n; i++) {
        const body = BODIES[i & MASK]
        total += looksLikeError(body) ? body.error_code : -1
      }
      return total
    },
  },
}
