// The consumer program as a Cloudflare Worker: each request runs every check and answers with
// the outcomes as JSON, which the driver reads through Miniflare.
import { coreChecks } from './core.js'
import { graphqlChecks } from './graphql.js'
import { runChecks } from './harness.js'
import { honoChecks } from './hono.js'
import { trpcChecks } from './trpc.js'

export default {
  fetch: async (): Promise<Response> =>
    Response.json(await runChecks([...coreChecks, ...honoChecks, ...graphqlChecks, ...trpcChecks])),
}
