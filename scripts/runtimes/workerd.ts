// Runs the bundled consumer in workerd through Miniflare and prints its outcomes as the other
// runtimes do. Run by Node >= 22 (Miniflare's engines) with type stripping:
//   node workerd.ts <miniflare entry> <worker bundle> <compatibility date>
// Miniflare comes from the runtimes cache, not from this repo's devDependencies, so it is loaded
// by path and typed here by the little that is used.
import { pathToFileURL } from 'node:url'

interface MiniflareLike {
  dispatchFetch(url: string): Promise<{ status: number; text(): Promise<string> }>
  dispose(): Promise<void>
}
type MiniflareClass = new (options: {
  modules: boolean
  scriptPath: string
  compatibilityDate: string
}) => MiniflareLike

// As in harness.ts, which this file does not import: Node strips types but keeps `.js` paths.
const SUMMARY_PREFIX = 'oz-runtime-summary '

const [entry, scriptPath, compatibilityDate] = process.argv.slice(2)
if (entry === undefined || scriptPath === undefined || compatibilityDate === undefined) {
  throw new Error('usage: node workerd.ts <miniflare entry> <worker bundle> <compatibility date>')
}
const { Miniflare } = (await import(pathToFileURL(entry).href)) as { Miniflare: MiniflareClass }
const worker = new Miniflare({ modules: true, scriptPath, compatibilityDate })
try {
  const response = await worker.dispatchFetch('http://localhost/')
  const text = await response.text()
  if (response.status !== 200) throw new Error(`the worker answered ${response.status}: ${text}`)
  console.log(`${SUMMARY_PREFIX}${text}`)
  const outcomes = JSON.parse(text) as { reason?: string }[]
  if (outcomes.some((outcome) => outcome.reason !== undefined)) process.exitCode = 1
} finally {
  await worker.dispose()
}
