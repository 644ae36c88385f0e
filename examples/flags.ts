/**
 * Operational switches of the example server. Each is `null` when all is well, else the number
 * of seconds after which a client may try again (sent as `retry_after` and `Retry-After`).
 * Mutable on purpose: a running app reads them on every request, so a test can flip one.
 */
export interface Flags {
  /** The analysis engine (an external system) does not answer: EXTERNAL_SERVICE, 502. */
  engineDown: number | null
  /** The store does not answer: DATABASE, 503, on the first store access of any request. */
  storeDown: number | null
}

export interface ServerConfig {
  readonly port: number
  /** Lifetime of an access token, in seconds. */
  readonly tokenTtl: number
  readonly flags: Flags
}

export const DEFAULT_PORT = 8787
export const DEFAULT_TOKEN_TTL = 15 * 60

type Env = Readonly<Record<string, string | undefined>>

/**
 * Reads the server's settings from the environment and `--name=value` arguments (arguments
 * win): `PORT`, `OZ_TOKEN_TTL` / `--token-ttl`, `OZ_ENGINE_DOWN` / `--engine-down`,
 * `OZ_STORE_DOWN` / `--store-down`. A down flag takes its retry delay in seconds; `true` or a
 * bare `--engine-down` mean the default delay (30 s for the engine, 5 s for the store).
 */
export const readConfig = (env: Env, argv: readonly string[]): ServerConfig => {
  const arg = (name: string): string | undefined => {
    for (const item of argv) {
      if (item === `--${name}`) return ''
      if (item.startsWith(`--${name}=`)) return item.slice(name.length + 3)
    }
    return undefined
  }
  const setting = (name: string, envName: string) => arg(name) ?? env[envName]
  return {
    port: seconds(setting('port', 'PORT'), DEFAULT_PORT, 'PORT'),
    tokenTtl: seconds(setting('token-ttl', 'OZ_TOKEN_TTL'), DEFAULT_TOKEN_TTL, 'OZ_TOKEN_TTL'),
    flags: {
      engineDown: downFlag(setting('engine-down', 'OZ_ENGINE_DOWN'), 30, 'OZ_ENGINE_DOWN'),
      storeDown: downFlag(setting('store-down', 'OZ_STORE_DOWN'), 5, 'OZ_STORE_DOWN'),
    },
  }
}

const seconds = (raw: string | undefined, fallback: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`)
  return value
}

const downFlag = (raw: string | undefined, fallback: number, name: string): number | null => {
  if (raw === undefined || raw === '0' || raw === 'false') return null
  if (raw === '' || raw === 'true') return fallback
  return seconds(raw, fallback, name)
}
