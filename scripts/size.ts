/**
 * The size budget, run by `npm test` after `npm run build`: each public entry, bundled from the
 * built `dist/` as a user's bundler would see it (minified, ESM, `platform: 'neutral'` so any
 * Node-only import fails the build), gzipped at level 9 and held to its budget.
 */
import { existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const PEERS = ['neverthrow', 'hono', 'hono/*', 'graphql', 'graphql/*']

interface Entry {
  readonly name: string
  readonly file: string
  readonly external: readonly string[]
  readonly budget: number
}

const ENTRIES: readonly Entry[] = [
  { name: 'oz-errors (own)', file: 'dist/core/index.js', external: [...PEERS, 'ts-pattern'], budget: 2048 },
  { name: 'oz-errors (shipped)', file: 'dist/core/index.js', external: PEERS, budget: 4096 },
  // The adapters are measured as a user pays for them: with the core and ts-pattern inside,
  // only the peers (which the user's app loads anyway) left out.
  { name: 'oz-errors/hono', file: 'dist/adapters/hono/index.js', external: PEERS, budget: 2560 },
  { name: 'oz-errors/graphql', file: 'dist/adapters/graphql/index.js', external: PEERS, budget: 3072 },
]

interface Measured {
  readonly bytes: number
  readonly gzip: number
  readonly imports: readonly string[]
  /** Minified bytes each input file contributes, largest first: where to look when over budget. */
  readonly inputs: readonly (readonly [string, number])[]
}

const bundle = async (entry: Entry): Promise<Measured> => {
  const result = await build({
    entryPoints: [entry.file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: [...entry.external],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (output === undefined) throw new Error('esbuild produced no output')
  const outputs = Object.values(result.metafile.outputs)
  return {
    bytes: output.contents.length,
    gzip: gzipSync(output.contents, { level: 9 }).length,
    imports: [...new Set(outputs.flatMap((o) => o.imports.map((i) => i.path)))],
    inputs: outputs
      .flatMap((o) => Object.entries(o.inputs).map(([path, input]) => [path, input.bytesInOutput] as const))
      .sort((a, b) => b[1] - a[1]),
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`

if (!existsSync('dist/core/index.js')) {
  console.error('size: dist/ is missing; run `npm run build` first (npm test does it for you)')
  process.exit(1)
}

const failures: string[] = []
const breakdowns: string[] = []
const rows: string[][] = [['entry', 'minified', 'gzip -9', 'budget', '', 'imports left external']]
for (const entry of ENTRIES) {
  if (!existsSync(entry.file)) {
    failures.push(`${entry.name}: ${entry.file} is missing; does \`npm run build\` compile it?`)
    rows.push([entry.name, '-', '-', kb(entry.budget), 'MISSING', ''])
    continue
  }
  try {
    const measured = await bundle(entry)
    const over = measured.gzip > entry.budget
    const nodeImports = measured.imports.filter((path) => path.startsWith('node:'))
    if (over) {
      failures.push(`${entry.name} is ${kb(measured.gzip)}, over its ${kb(entry.budget)} budget`)
      const top = measured.inputs
        .slice(0, 8)
        .map(([path, bytes]) => `  ${String(bytes).padStart(6)}  ${path}`)
      breakdowns.push(`${entry.name}, minified bytes by input:\n${top.join('\n')}`)
    }
    if (nodeImports.length > 0) failures.push(`${entry.name} imports ${nodeImports.join(', ')}`)
    rows.push([
      entry.name,
      kb(measured.bytes),
      kb(measured.gzip),
      kb(entry.budget),
      over ? 'OVER' : 'ok',
      measured.imports.join(', ') || 'none',
    ])
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n  ') : String(error)
    failures.push(`${entry.name} does not build with platform 'neutral' from ${entry.file}:\n  ${reason}`)
    rows.push([entry.name, '-', '-', kb(entry.budget), 'FAILED', ''])
  }
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  )
for (const breakdown of breakdowns) console.log(`\n${breakdown}`)

// @hapi/boom is the yardstick for the "shipped" budget; it is not a dependency, so it is only
// measured when someone has it installed.
if (existsSync('node_modules/@hapi/boom/package.json')) {
  const boom = await bundle({
    name: '@hapi/boom',
    file: 'node_modules/@hapi/boom/lib/index.js',
    external: [],
    budget: 0,
  })
  console.log(`\n@hapi/boom for comparison: ${kb(boom.gzip)} gzip -9`)
} else {
  console.log(
    '\nThe shipped budget (4 KB) is half of @hapi/boom, as issue 6 sets it; @hapi/boom is not installed, so not measured.',
  )
}

if (failures.length > 0) {
  console.error(`\nsize budget failed:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log('size budget: every entry within budget, no node: imports')
