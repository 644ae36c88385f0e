// `npm run test:mutation` (issue 18): StrykerJS over core/ and adapters/, configured in
// stryker.config.mjs. StrykerJS needs Node >= 22 and this repo runs on 20, so the run gets the
// pinned Node 24 of the runtime matrix (scripts/runtimes.ts, cached in .runtimes/) and puts it
// first on PATH, for Stryker and the test-runner processes it starts. Arguments pass through:
// `npm run test:mutation -- --incremental`, `-- --mutate core/oz-err.ts`.
import { spawnSync } from 'node:child_process'
import { delimiter, dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

const found = spawnSync('npx', ['tsx', 'scripts/runtimes.ts', '--bin', 'node24'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
const node24 = found.stdout.trim().split('\n').at(-1)
if (found.status !== 0 || !node24) throw new Error('could not install the pinned Node 24')

const stryker = join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js')
const started = Date.now()
const run = spawnSync(node24, [stryker, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node24)}${delimiter}${process.env.PATH ?? ''}` },
})
console.log(`mutation run: ${((Date.now() - started) / 60_000).toFixed(1)} min under ${node24}`)
process.exitCode = run.status ?? 1
