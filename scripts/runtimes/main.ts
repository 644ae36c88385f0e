// The consumer program for Node, Bun and Deno: runs every check, prints one line each, then the
// summary line the driver reads, and exits non-zero when a check failed.
import { coreChecks } from './core.js'
import { graphqlChecks } from './graphql.js'
import { runChecks, SUMMARY_PREFIX } from './harness.js'
import { honoChecks } from './hono.js'
import { trpcChecks } from './trpc.js'

const outcomes = await runChecks([...coreChecks, ...honoChecks, ...graphqlChecks, ...trpcChecks])
for (const { name, reason } of outcomes)
  console.log(reason === undefined ? `ok ${name}` : `not ok ${name}: ${reason}`)
const failed = outcomes.filter((outcome) => outcome.reason !== undefined).length
console.log(`${SUMMARY_PREFIX}${JSON.stringify(outcomes)}`)
// Exit codes differ in spelling across runtimes; a thrown error at the end is one they all honour.
if (failed > 0) throw new Error(`${failed} checks failed`)
