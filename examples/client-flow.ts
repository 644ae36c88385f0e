import type { Result } from 'neverthrow'
import { ApiClient, type ClientOptions, type Failure, type Met, type Tokens } from './client-api.js'
import { describe } from './client-decide.js'
import { graphqlOnce } from './client-graphql.js'
import { trpcOnce } from './client-trpc.js'

/** What one step of the flow came to, for a person (`detail`) and for a test (the rest). */
export interface StepReport {
  readonly name: string
  readonly ok: boolean
  /** Every error met on the way, in order, with what the client did about it. */
  readonly met: readonly Met[]
  readonly detail: string
}

export interface ClientReport {
  readonly rest: readonly StepReport[]
  readonly graphql: readonly StepReport[]
  readonly trpc: readonly StepReport[]
}

interface Page {
  readonly total: number
  readonly items: readonly { readonly folder_id: string }[]
}

// Yesterday's session, as an app would have kept it: the demo server seeds it already expired.
const STORED_SESSION: Tokens = { access_token: 'demo-expired', expire_token: 'demo-expired-refresh' }
const NO_SUCH_FOLDER = '00000000-0000-4000-8000-0000000fffff'

/**
 * The example client's whole run against a server at `baseUrl`: REST first, then GraphQL, then
 * tRPC.
 * Each step logs what happened and returns it, so the e2e test can check the outcome.
 */
export const runClient = async (baseUrl: string, options: ClientOptions = {}): Promise<ClientReport> => {
  const log = options.log ?? console.log
  const steps: StepReport[] = []
  const step = async <T>(
    name: string,
    client: ApiClient,
    run: () => Promise<Result<T, Failure>>,
    show: (value: T) => string,
  ): Promise<Result<T, Failure>> => {
    log(name)
    const before = client.met.length
    const result = await run()
    const detail = result.match(show, ({ error, decision }) => describe(error, decision))
    // A failure's decision was logged as it happened.
    log(result.isOk() ? `  ok: ${detail}` : '  gave up')
    steps.push({ name, ok: result.isOk(), met: client.met.slice(before), detail })
    return result
  }
  const count = (page: Page) => `${page.total} folders`

  const client = new ApiClient(baseUrl, undefined, { ...options, log })
  const login = () => client.handle('POST /api/authorize/auth', () => client.logIn())
  const loggedIn = await step('log in', client, login, () => 'logged in')
  // Without a session nothing else can work; an app would show the error and stop here too.
  if (loggedIn.isErr()) return { rest: steps, graphql: [], trpc: [] }
  const listed = await step('list folders', client, () => client.call<Page>('GET', '/api/folders'), count)
  const first = listed.map((page) => page.items[0]?.folder_id ?? NO_SUCH_FOLDER).unwrapOr(NO_SUCH_FOLDER)

  const resumed = new ApiClient(baseUrl, STORED_SESSION, { ...options, log })
  await step("resume yesterday's session", resumed, () => resumed.call<Page>('GET', '/api/folders'), count)

  await step(
    'ask for 1000 folders at once',
    client,
    async () => {
      const tooMany = await client.call<Page>('GET', '/api/folders?limit=1000')
      const fields =
        tooMany.isErr() && tooMany.error.decision.do === 'fix-input' ? tooMany.error.decision.fields : []
      // The server named the field; the app corrects just that one and asks again.
      if (!fields.some((field) => field.key_path === 'limit')) return tooMany
      return client.call<Page>('GET', '/api/folders?limit=100')
    },
    (page) => `corrected limit, ${page.total} folders`,
  )

  await step(
    'create a folder with a broken body',
    client,
    () => client.call('POST', '/api/folders', { meta_data: 'not an object' }),
    () => 'created',
  )
  await step(
    'delete a folder as an operator',
    client,
    () => client.call('DELETE', `/api/folders/${first}`),
    () => 'deleted',
  )
  await step(
    'open a folder that does not exist',
    client,
    () => client.call('GET', `/api/folders/${NO_SUCH_FOLDER}`),
    () => 'found',
  )
  await step(
    'start an analysis',
    client,
    () =>
      client.call<readonly { state: string }[]>('POST', `/api/folders/${first}/analyses`, {
        analyses: [{ type: 'quality' }],
      }),
    (analyses) => `analysis ${analyses[0]?.state ?? 'missing'}`,
  )
  const rest = steps.splice(0)

  const gql = new ApiClient(baseUrl, undefined, { ...options, log })
  const folders = (limit: number) => `{ folders(limit: ${limit}) { total items { folder_id } } }`
  const total = (data: { folders: Page }) => count(data.folders)
  await step(
    'GraphQL: folders without a token',
    gql,
    () => gql.handle('graphql', () => graphqlOnce<{ folders: Page }>(gql, folders(5))),
    total,
  )
  await step(
    'GraphQL: folders(limit: 1000)',
    gql,
    () => gql.handle('graphql', () => graphqlOnce<{ folders: Page }>(gql, folders(1000))),
    total,
  )
  await step(
    'GraphQL: a folder that does not exist',
    gql,
    () =>
      gql.handle('graphql', () =>
        graphqlOnce(gql, 'query ($id: ID!) { folder(id: $id) { folder_id } }', { id: NO_SUCH_FOLDER }),
      ),
    () => 'found',
  )
  await step(
    'GraphQL: delete a folder as an operator',
    gql,
    () =>
      gql.handle('graphql', () =>
        graphqlOnce(gql, 'mutation ($id: ID!) { deleteFolder(id: $id) }', { id: first }),
      ),
    () => 'deleted',
  )
  const graphql = steps.splice(0)

  // The stored session again, over tRPC: the same decisions, from `fromTRPCClientError`.
  const rpc = new ApiClient(baseUrl, STORED_SESSION, { ...options, log })
  const list = (limit?: number) =>
    rpc.handle(`tRPC folders.list(${limit ?? ''})`, () =>
      trpcOnce(rpc, (trpc) => trpc.folders.list.query(limit === undefined ? undefined : { limit })),
    )
  await step("tRPC: resume yesterday's session", rpc, () => list(), count)
  await step(
    'tRPC: ask for 1000 folders at once',
    rpc,
    async () => {
      const tooMany = await list(1000)
      const fields =
        tooMany.isErr() && tooMany.error.decision.do === 'fix-input' ? tooMany.error.decision.fields : []
      if (!fields.some((field) => field.key_path === 'limit')) return tooMany
      return list(100)
    },
    (page) => `corrected limit, ${page.total} folders`,
  )
  await step(
    'tRPC: create a folder with a label too long',
    rpc,
    () =>
      rpc.handle('tRPC folders.create', () =>
        trpcOnce(rpc, (trpc) => trpc.folders.create.mutate({ meta_data: { label: 'x'.repeat(300) } })),
      ),
    () => 'created',
  )
  await step(
    'tRPC: a folder that does not exist',
    rpc,
    () =>
      rpc.handle('tRPC folders.get', () => trpcOnce(rpc, (trpc) => trpc.folders.get.query(NO_SUCH_FOLDER))),
    () => 'found',
  )
  await step(
    'tRPC: delete a folder as an operator',
    rpc,
    () => rpc.handle('tRPC folders.delete', () => trpcOnce(rpc, (trpc) => trpc.folders.delete.mutate(first))),
    () => 'deleted',
  )
  return { rest, graphql, trpc: steps }
}
