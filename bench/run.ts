/**
 * `npm run bench` runs every figure; `npm run bench -- decode hono` runs those named.
 * `--strict` exits 1 when a target is missed (off by default: one noisy run is not a verdict).
 * Figures load lazily so that running one does not pay for importing the others' frameworks.
 */
import { checksum, type Figure, measure, type Outcome } from './harness.js'

const FIGURES: Readonly<Record<string, () => Promise<Figure>>> = {
  encode: async () => (await import('./encode.js')).encode,
  decode: async () => (await import('./decode.js')).decode,
  'decode-ajv': async () => (await import('./decode.js')).decodeAjv,
  'decode-arktype': async () => (await import('./decode.js')).decodeArktype,
  'decode-valibot': async () => (await import('./decode.js')).decodeValibot,
  'decode-typebox': async () => (await import('./decode.js')).decodeTypebox,
  'decode-floor': async () => (await import('./decode-floor.js')).decodeFloor,
  hono: async () => (await import('./hono.js')).hono,
  'hono-httpexception': async () => (await import('./hono-httpexception.js')).honoHttpException,
  'hono-negotiate': async () => (await import('./hono-negotiate.js')).honoNegotiate,
  'hono-loopback': async () => (await import('./hono-loopback.js')).honoLoopback(),
  graphql: async () => (await import('./graphql.js')).graphql,
  apollo: async () => (await import('./apollo.js')).apollo,
  trpc: async () => (await import('./trpc.js')).trpc,
}

const args = process.argv.slice(2)
const strict = args.includes('--strict')
const names = args.filter((arg) => !arg.startsWith('--'))
const unknown = names.filter((name) => !Object.hasOwn(FIGURES, name))
if (unknown.length > 0) {
  console.error(`unknown figure ${unknown.join(', ')}; figures: ${Object.keys(FIGURES).join(', ')}`)
  process.exit(2)
}

console.log(`node ${process.version}; ratio = ours ops/s / baseline ops/s, median of interleaved rounds`)
const outcomes: Outcome[] = []
for (const name of names.length > 0 ? names : Object.keys(FIGURES)) {
  const load = FIGURES[name]
  if (load !== undefined) outcomes.push(await measure(await load()))
}

const judged = outcomes.filter((outcome) => outcome.met !== undefined)
const missed = judged.filter((outcome) => outcome.met === false)
console.log(
  `${judged.length - missed.length} of ${judged.length} targets met${missed.length > 0 ? `; missed: ${missed.map((o) => o.name).join(', ')}` : ''} (checksum ${checksum() % 1000})`,
)
if (strict && missed.length > 0) process.exitCode = 1
