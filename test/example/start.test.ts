import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { fromResponse } from 'oz-errors'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
let child: ChildProcess | undefined

afterAll(() => {
  // The server runs as its own process group (tsx and the node it starts): end them together.
  if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
})

/** Starts `examples/server.ts` as `npm start` does (through tsx) and waits for its banner. */
const start = (env: Record<string, string>) =>
  new Promise<{ url: string; banner: string }>((resolve, reject) => {
    const spawned = spawn(`${root}node_modules/.bin/tsx`, ['examples/server.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child = spawned
    let banner = ''
    spawned.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString()
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1]
      if (url !== undefined && banner.includes('example:client')) resolve({ url, banner })
    })
    spawned.stderr?.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())))
    spawned.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
  })

describe('npm start', () => {
  it('serves the example on PORT, prints its URL and curl lines, and reads its flags from the environment', async () => {
    const { url, banner } = await start({ PORT: '0', OZ_STORE_DOWN: '9' })
    expect(banner).toContain(`curl -s ${url}/api/folders -H 'X-Forensic-Access-Token: demo-operator'`)
    expect(banner).toContain('store DOWN (retry after 9s)')
    const response = await fetch(`${url}/api/folders`, {
      headers: { 'x-forensic-access-token': 'demo-operator' },
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('9')
    const result = await fromResponse(response)
    expect(result.isErr() && result.error.kind).toBe('DATABASE')
  })
})
