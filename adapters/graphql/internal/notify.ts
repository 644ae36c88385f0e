import type { OzError } from '../../../core/index.js'

/** @internal The `onError` hook of `createMaskError` and `createFormatError`. */
export type Notify = (error: OzError, context: { readonly thrown: unknown }) => void
