// graphql-http's GraphQL-over-HTTP audits (serverAudits) against each server, plain and with
// our adapters: the adapters may not add a failure or a warning the plain server does not have.
import { serverAudits } from 'graphql-http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Setup, type Started, startApollo, startYoga } from '../support/graphql-servers.js'

// The audits send no token: the context lets anyone in, as a public API does.
const anonymous = (ours: boolean): Setup => ({ ours, context: () => ({ user: 'anonymous' }) })

const audit = async (url: string): Promise<{ total: number; notOk: string[] }> => {
  const audits = serverAudits({ url, fetchFn: fetch })
  const notOk: string[] = []
  for (const { fn } of audits) {
    const result = await fn()
    if (result.status !== 'ok') notOk.push(`${result.status}: ${result.id} ${result.name}`)
  }
  return { total: audits.length, notOk }
}

describe.each([
  ['graphql-yoga', (ours: boolean) => startYoga(anonymous(ours))],
  ['Apollo Server', (ours: boolean) => startApollo(anonymous(ours))],
])('%s under the GraphQL-over-HTTP audit', (_, start) => {
  let plain: Started
  let ours: Started
  beforeAll(async () => {
    plain = await start(false)
    ours = await start(true)
  })
  afterAll(async () => {
    await plain.close()
    await ours.close()
  })

  it('scores with our adapters exactly as without them', async () => {
    const without = await audit(plain.url)
    const withOurs = await audit(ours.url)
    expect(withOurs.total).toBeGreaterThanOrEqual(50)
    expect(withOurs.notOk).toEqual(without.notOk)
    console.info(`${withOurs.total} audits; not ok without and with ours: ${JSON.stringify(without.notOk)}`)
  })
})
