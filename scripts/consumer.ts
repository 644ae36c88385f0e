// Installs the packed tarball the way a consumer would (peers beside it) and checks that it
// holds only compiled JS and declarations, typechecks under `strict` with `nodenext` and with
// `bundler` resolution, and imports and runs under plain Node.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'oz-consumer-'))
const run = (command: string, args: string[], cwd = work) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

class CheckFailed extends Error {}
const fail = (message: string): never => {
  throw new CheckFailed(message)
}

try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string
    files: { path: string }[]
  }[]
  if (pack === undefined) fail('npm pack printed nothing')
  const stray = pack?.files
    .map((f) => f.path)
    .filter((p) => !/^(dist\/.*\.(js|d\.ts)|package\.json|README\.md|LICENSE)$/.test(p))
  if (stray?.length) fail(`the tarball holds more than compiled JS and declarations: ${stray.join(', ')}`)

  const modules = join(work, 'node_modules')
  mkdirSync(join(modules, 'oz-errors'), { recursive: true })
  run('tar', [
    '-xzf',
    join(work, pack?.filename ?? ''),
    '-C',
    join(modules, 'oz-errors'),
    '--strip-components=1',
  ])
  for (const dep of [
    'neverthrow',
    'ts-pattern',
    '@standard-schema/spec',
    'hono',
    'graphql',
    '@trpc/server',
    'zod',
  ]) {
    mkdirSync(dirname(join(modules, dep)), { recursive: true })
    symlinkSync(join(root, 'node_modules', dep), join(modules, dep))
  }

  writeFileSync(join(work, 'package.json'), '{"type":"module","private":true}')
  writeFileSync(
    join(work, 'consumer.ts'),
    [
      "import { err, type Result } from 'neverthrow'",
      "import { OzErr, type OzError, fromWire, httpStatus, toWire } from 'oz-errors'",
      "import * as hono from 'oz-errors/hono'",
      "import * as graphql from 'oz-errors/graphql'",
      "import { initTRPC } from '@trpc/server'",
      "import { ozErrorFormatter, toTRPCError } from 'oz-errors/trpc'",
      "import { ozResponses, ozWireSchema } from 'oz-errors/openapi'",
      "import { ozZodResponses } from 'oz-errors/openapi/zod'",
      "import { ozErrorSerializer, recordOzError, type OzSpan } from 'oz-errors/observe'",
      'const attributes: Record<string, unknown> = {}',
      'const span: OzSpan = { setAttribute: (k, v) => { attributes[k] = v }, setStatus: () => {} }',
      'recordOzError(span, OzErr.database())',
      'if (attributes["error.type"] !== "DATABASE" || ozErrorSerializer(OzErr.database()).kind !== "DATABASE") throw new Error("observe failed")',
      "const found = (id: string): Result<never, OzError> => err(OzErr.notExist({ details: { resource: 'folder', id } }))",
      'const error = found("1")._unsafeUnwrapErr()',
      'const status: number = httpStatus(error)',
      'const back = fromWire(JSON.parse(JSON.stringify(toWire(error))))',
      'if (!back.isOk() || back.value.kind !== "NOT_EXIST" || status !== 404) throw new Error("round trip failed")',
      'if (Object.keys(hono).length === 0 || Object.keys(graphql).length === 0) throw new Error("an adapter exports nothing")',
      'const t = initTRPC.create({ errorFormatter: ozErrorFormatter() })',
      'const router = t.router({ folder: t.procedure.query(() => { throw toTRPCError(error) }) })',
      'const caller = t.createCallerFactory(router)({})',
      'const trpcStatus: Promise<number> = caller.folder().then(() => 0, (e: { code: string }) => (e.code === "NOT_FOUND" ? 404 : 0))',
      'if (toTRPCError(error).code !== "NOT_FOUND") throw new Error("toTRPCError lost the kind")',
      'void trpcStatus',
      'if (ozResponses("NOT_EXIST")[404].description === "" || ozWireSchema().oneOf === undefined) throw new Error("openapi failed")',
      'if (ozZodResponses("NOT_EXIST")[404].content["application/json"].schema.safeParse(toWire(error)).success !== true) throw new Error("openapi/zod failed")',
      'console.log("consumer ran:", back.value.kind, status)',
    ].join('\n'),
  )
  const base = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    // @trpc/server's declarations name Disposable and AsyncDisposable (its docs ask for them).
    lib: ['es2023', 'dom', 'esnext.disposable'],
    types: [],
    skipLibCheck: false,
  }
  const modes = {
    nodenext: { module: 'nodenext' },
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
  }
  for (const [name, options] of Object.entries(modes)) {
    const config = { compilerOptions: { ...base, ...options }, files: ['consumer.ts'] }
    writeFileSync(join(work, `tsconfig.${name}.json`), JSON.stringify(config))
    try {
      run(join(root, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${name}.json`])
    } catch (error) {
      fail(
        `a consumer with moduleResolution ${name} does not typecheck:\n${(error as { stdout?: string }).stdout}`,
      )
    }
  }
  // Node 20 cannot run TypeScript: compile the consumer, then run it as plain ESM.
  run(join(root, 'node_modules/.bin/tsc'), [
    'consumer.ts',
    '--module',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    '',
    '--skipLibCheck',
    '--outDir',
    'out',
  ])
  console.log(run('node', ['out/consumer.js']).trim())
  console.log(
    `consumer check: ${pack?.files.length} files packed; strict nodenext and bundler typecheck; Node runs it`,
  )
} catch (error) {
  console.error(`consumer check: ${error instanceof CheckFailed ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
