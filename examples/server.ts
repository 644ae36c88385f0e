import { readConfig } from './flags.js'
import { listen } from './listen.js'
import { DEMO_TOKENS, DEMO_USERS } from './seed.js'

// `npm start`: the example Oz API on PORT (default 8787). See examples/flags.ts for the switches.
const config = readConfig(process.env, process.argv.slice(2))
const running = await listen({
  port: config.port,
  hostname: process.env.HOST ?? '127.0.0.1',
  tokenTtl: config.tokenTtl,
  flags: config.flags,
})
const { url } = running
const down = [
  config.flags.engineDown === null ? '' : `analysis engine DOWN (retry after ${config.flags.engineDown}s)`,
  config.flags.storeDown === null ? '' : `store DOWN (retry after ${config.flags.storeDown}s)`,
].filter(Boolean)

console.log(`Oz example API on ${url}  (REST under /api, GraphQL and GraphiQL at /graphql, tRPC at /trpc)`)
if (down.length > 0) console.log(`flags: ${down.join(', ')}`)
console.log(`
demo users: ${DEMO_USERS.admin.email} / ${DEMO_USERS.admin.password} (admin), \
${DEMO_USERS.operator.email} / ${DEMO_USERS.operator.password} (operator)
demo tokens: ${DEMO_TOKENS.admin}, ${DEMO_TOKENS.operator}, ${DEMO_TOKENS.expired} (expired)

try:
  curl -s -X POST ${url}/api/authorize/auth -H 'content-type: application/json' \\
    -d '{"credentials":{"email":"${DEMO_USERS.operator.email}","password":"${DEMO_USERS.operator.password}"}}'
  curl -s ${url}/api/folders -H 'X-Forensic-Access-Token: ${DEMO_TOKENS.operator}'
  curl -si ${url}/api/folders                                # 401, AUTH_NOT_PROVIDED
  curl -s '${url}/api/folders?limit=1000' -H 'X-Forensic-Access-Token: ${DEMO_TOKENS.operator}'   # INVALID_VALUE
  curl -s ${url}/trpc/folders.list -H 'X-Forensic-Access-Token: ${DEMO_TOKENS.operator}'     # the same over tRPC
  npm run example:client                                     # a client handling them all
`)

const stop = () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
