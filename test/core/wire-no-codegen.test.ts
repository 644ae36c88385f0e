// The decoder must run where code generation from strings is refused (Cloudflare's workerd
// refuses `eval` and `new Function`; issue 17). Node refuses it too under
// --disallow-code-generation-from-strings, which no stub of `globalThis.Function` can be
// walked around (`(() => {}).constructor` would reach the real one). So the core is bundled
// from its sources and run in such a process, over every kind of body and the refusals.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'oz-no-codegen-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PROGRAM = `
import { fromWire, isOzError, OzErr, toWire } from './core.js'
const probe = (() => { try { return new Function('return 1')() } catch (e) { return e.name } })()
const bodies = [
  { error_code: 0, error_message: 'x', details: null },
  { error_code: 1, error_message: 'x', details: { method: 'PUT', allowed: ['GET'] } },
  { error_code: 3, error_message: 'x', details: { issues: [{ key_path: 'a', message: 'b', at: [1, { n: 2 }] }] } },
  { error_code: 4, error_message: 'x', details: 'limit' },
  { error_code: 10, error_message: 'x', details: { resource: 'folder', extra: { deep: [[[]]] } } },
  { error_code: 12, error_message: 'x', details: { retry_after: 5 } },
]
const refused = [
  { error_code: 13, error_message: 'x' },
  { error_code: 10, error_message: 'x', details: { id: '1' } },
  { error_code: 0, error_message: 'x', details: { n: 10n } },
]
const cyclic = { a: 1 }
cyclic.self = cyclic
refused.push({ error_code: 0, error_message: 'x', details: cyclic })
const decoded = bodies.map((body) => fromWire(body))
console.log(JSON.stringify({
  probe,
  decoded: decoded.map((r) => r.isOk() && toWire(r.value)),
  refused: refused.map((body) => fromWire(body).isErr()),
  checked: isOzError(OzErr.notExist({ details: { resource: 'folder' } })),
}))
`

const run = async (): Promise<Record<string, unknown>> => {
  const bundle = await build({
    entryPoints: ['core/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  })
  writeFileSync(join(dir, 'core.js'), bundle.outputFiles[0]?.text ?? '')
  writeFileSync(join(dir, 'main.mjs'), PROGRAM)
  const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', 'main.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (child.status !== 0) throw new Error(`the program failed (${child.status}):\n${child.stderr}`)
  return JSON.parse(child.stdout)
}

describe('fromWire without run-time code generation', () => {
  it('decodes and refuses as usual in a process that refuses eval and new Function', async () => {
    const outcome = await run()
    // The process really refuses code generation, or the rest proves nothing.
    expect(outcome.probe).toBe('EvalError')
    expect(outcome.decoded).toEqual([
      { error_code: 0, error_message: 'x', details: null },
      { error_code: 1, error_message: 'x', details: { method: 'PUT', allowed: ['GET'] } },
      {
        error_code: 3,
        error_message: 'x',
        details: { issues: [{ key_path: 'a', message: 'b', at: [1, { n: 2 }] }] },
      },
      { error_code: 4, error_message: 'x', details: { key_path: 'limit' } },
      { error_code: 10, error_message: 'x', details: { resource: 'folder', extra: { deep: [[[]]] } } },
      { error_code: 12, error_message: 'x', details: { retry_after: 5 } },
    ])
    expect(outcome.refused).toEqual([true, true, true, true])
    expect(outcome.checked).toBe(true)
  }, 60_000)
})
