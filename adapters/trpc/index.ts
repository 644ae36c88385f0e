// The public names of `oz-errors/trpc`, one by one; each file is named after what it exports.
export { fromTRPCClientError } from './from-trpc-client-error.js'
export type {
  OzErrorFormatterInput,
  OzErrorFormatterOptions,
  OzTRPCErrorData,
  OzTRPCErrorShape,
  UnexpectedInfo,
} from './oz-error-formatter.js'
export { ozErrorFormatter } from './oz-error-formatter.js'
export type { OzResponseMeta, OzResponseMetaInput } from './oz-response-meta.js'
export { ozResponseMeta } from './oz-response-meta.js'
export type { OzTRPCCode } from './oz-trpc-code.js'
export type { OzTRPCError } from './to-trpc-error.js'
export { toTRPCError } from './to-trpc-error.js'
export { unwrapOrThrow } from './unwrap-or-throw.js'
