import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ClientReport, runClient } from '../../examples/client-flow.js'
import { listen, type Running } from '../../examples/listen.js'

const outcome = (report: ClientReport) =>
  [...report.rest, ...report.graphql, ...report.trpc].map(({ name, ok, met }) => ({ name, ok, met }))

describe('the example client against the example server', () => {
  let server: Running
  const waits: number[] = []
  const lines: string[] = []
  let report: ClientReport

  beforeAll(async () => {
    // The engine is down at first and comes back while the client waits out its Retry-After.
    server = await listen({ flags: { engineDown: 1 } })
    report = await runClient(server.url, {
      log: (line) => lines.push(line),
      sleep: async (seconds) => {
        waits.push(seconds)
        server.flags.engineDown = null
      },
    })
  })
  afterAll(() => server.close())

  it('handles every error the way the flow says: refresh, fix the field, back off, give up', () => {
    const refresh = { kind: 'AUTH_EXPIRED', do: 'refresh' }
    expect(outcome(report)).toEqual([
      { name: 'log in', ok: true, met: [] },
      { name: 'list folders', ok: true, met: [] },
      { name: "resume yesterday's session", ok: true, met: [refresh] },
      { name: 'ask for 1000 folders at once', ok: true, met: [{ kind: 'INVALID_VALUE', do: 'fix-input' }] },
      {
        name: 'create a folder with a broken body',
        ok: false,
        met: [{ kind: 'INVALID_STRUCTURE', do: 'fix-input' }],
      },
      {
        name: 'delete a folder as an operator',
        ok: false,
        met: [{ kind: 'AUTH_FORBIDDEN', do: 'ask-an-admin' }],
      },
      {
        name: 'open a folder that does not exist',
        ok: false,
        met: [{ kind: 'NOT_EXIST', do: 'show-missing' }],
      },
      { name: 'start an analysis', ok: true, met: [{ kind: 'EXTERNAL_SERVICE', do: 'retry-later' }] },
      {
        name: 'GraphQL: folders without a token',
        ok: true,
        met: [{ kind: 'AUTH_NOT_PROVIDED', do: 'log-in' }],
      },
      { name: 'GraphQL: folders(limit: 1000)', ok: false, met: [{ kind: 'INVALID_VALUE', do: 'fix-input' }] },
      {
        name: 'GraphQL: a folder that does not exist',
        ok: false,
        met: [{ kind: 'NOT_EXIST', do: 'show-missing' }],
      },
      {
        name: 'GraphQL: delete a folder as an operator',
        ok: false,
        met: [{ kind: 'AUTH_FORBIDDEN', do: 'ask-an-admin' }],
      },
      { name: "tRPC: resume yesterday's session", ok: true, met: [refresh] },
      {
        name: 'tRPC: ask for 1000 folders at once',
        ok: true,
        met: [{ kind: 'INVALID_VALUE', do: 'fix-input' }],
      },
      {
        name: 'tRPC: create a folder with a label too long',
        ok: false,
        met: [{ kind: 'INVALID_STRUCTURE', do: 'fix-input' }],
      },
      {
        name: 'tRPC: a folder that does not exist',
        ok: false,
        met: [{ kind: 'NOT_EXIST', do: 'show-missing' }],
      },
      {
        name: 'tRPC: delete a folder as an operator',
        ok: false,
        met: [{ kind: 'AUTH_FORBIDDEN', do: 'ask-an-admin' }],
      },
    ])
  })

  it('waited exactly the Retry-After the server sent', () => {
    expect(waits).toEqual([1])
  })

  it('shows the user the fields the server named in key_path', () => {
    const broken = report.rest.find((step) => step.name === 'create a folder with a broken body')
    expect(broken?.detail).toBe('INVALID_STRUCTURE (3) -> fix meta_data: Expected record')
    expect(lines).toContain(
      '  GET /api/folders?limit=1000: INVALID_VALUE (4) -> fix limit: must be from 1 to 100',
    )
  })

  it('left the folder in place: the operator’s delete was refused', async () => {
    expect(server.store.folders.has('00000000-0000-4000-8000-000000000003')).toBe(true)
  })
})

describe('the example client when the store is down', () => {
  it('backs off on the DATABASE Retry-After, then stops: nothing works without a session', async () => {
    const server = await listen({ flags: { storeDown: 2 } })
    try {
      const waits: number[] = []
      const report = await runClient(server.url, { log: () => {}, sleep: async (s) => void waits.push(s) })
      expect(waits).toEqual([2, 2])
      expect(report.graphql).toEqual([])
      expect(report.trpc).toEqual([])
      expect(outcome(report)).toEqual([
        { name: 'log in', ok: false, met: Array(3).fill({ kind: 'DATABASE', do: 'retry-later' }) },
      ])
    } finally {
      await server.close()
    }
  })
})
