/**
 * The shared harness: each figure times ours against a baseline in interleaved rounds and
 * reports the median of the per-round ratios. On a shared, noisy machine absolute rates drift
 * by tens of percent within a run; two sides measured back to back drift together, so their
 * ratio holds where the rates do not.
 */

/** Runs `n` operations and returns a checksum of their results, so none can be optimized away. */
export type Batch = (n: number) => number | Promise<number>

/** One side of a figure: timed batches, or a sampler that measures its own rate (a load generator). */
export type Side = { readonly batch: Batch } | { readonly sample: () => Promise<number> }

export interface Figure {
  readonly name: string
  /** Met when ratio >= target; `undefined` for figures that only report. */
  readonly target: number | undefined
  readonly ours: Side
  readonly baseline: Side
  /** Throws when the two sides do not do the same work; run once before timing. */
  readonly check?: () => void | Promise<void>
  readonly rounds?: number
  readonly teardown?: () => Promise<void>
}

export interface Outcome {
  readonly name: string
  readonly ratio: number
  readonly target: number | undefined
  readonly met: boolean | undefined
}

const WARMUP_MS = 400
const BATCH_MS = 30
const ROUNDS = 21

// Every checksum lands here and is read once at the end: the optimizer cannot prove a result
// unused, so it cannot drop the work that produced it.
let sink = 0

const timeBatch = async (batch: Batch, n: number): Promise<number> => {
  const start = performance.now()
  const result = batch(n)
  sink += typeof result === 'number' ? result : await result
  return performance.now() - start
}

/** Grows the batch until one takes about `BATCH_MS`, so timer resolution and call overhead vanish. */
const calibrate = async (batch: Batch): Promise<number> => {
  let n = 1
  for (let i = 0; i < 30; i++) {
    const ms = await timeBatch(batch, n)
    if (ms >= BATCH_MS) return n
    n = ms < BATCH_MS / 8 ? n * 8 : Math.ceil((n * BATCH_MS) / Math.max(ms, 0.01))
  }
  return n
}

const warmUp = async (ours: Batch, baseline: Batch): Promise<void> => {
  const end = performance.now() + WARMUP_MS
  let n = 1
  // Alternate so both sides reach the optimizing tiers under the same conditions.
  while (performance.now() < end) {
    await timeBatch(ours, n)
    await timeBatch(baseline, n)
    n = Math.min(n * 2, 4096)
  }
}

type Rate = () => Promise<number>

const rateOf = async (side: Side): Promise<Rate> => {
  if ('sample' in side) return side.sample
  const n = await calibrate(side.batch)
  return async () => (n * 1000) / (await timeBatch(side.batch, n))
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

const format = (opsPerSecond: number): string => Math.round(opsPerSecond).toLocaleString('en-US')

/** Measures one figure and prints `name ratio=R (ours N ops/s, baseline M ops/s)` with its target. */
export const measure = async (figure: Figure): Promise<Outcome> => {
  await figure.check?.()
  if ('batch' in figure.ours && 'batch' in figure.baseline) {
    await warmUp(figure.ours.batch, figure.baseline.batch)
  }
  const ours = await rateOf(figure.ours)
  const baseline = await rateOf(figure.baseline)
  const ratios: number[] = []
  const oursRates: number[] = []
  const baselineRates: number[] = []
  const rounds = figure.rounds ?? ROUNDS
  for (let round = 0; round < rounds; round++) {
    // Swapping who goes first each round cancels any edge from position (GC debt, turbo boost).
    const first = round % 2 === 0 ? ours : baseline
    const second = round % 2 === 0 ? baseline : ours
    const a = await first()
    const b = await second()
    const [o, base] = round % 2 === 0 ? [a, b] : [b, a]
    oursRates.push(o)
    baselineRates.push(base)
    ratios.push(o / base)
  }
  await figure.teardown?.()
  const ratio = median(ratios)
  const met = figure.target === undefined ? undefined : ratio >= figure.target
  const verdict =
    figure.target === undefined ? 'report only' : `target >= ${figure.target}: ${met ? 'met' : 'MISSED'}`
  const spread = `${quantile(ratios, 0.25).toFixed(2)}..${quantile(ratios, 0.75).toFixed(2)}`
  console.log(
    `${figure.name} ratio=${ratio.toFixed(3)} (ours ${format(median(oursRates))} ops/s, baseline ${format(median(baselineRates))} ops/s) ${verdict} [${rounds} rounds, middle half ${spread}]`,
  )
  return { name: figure.name, ratio, target: figure.target, met }
}

/** Read after the last figure so the checksums stay live. */
export const checksum = (): number => sink
