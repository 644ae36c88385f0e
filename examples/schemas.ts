import { z } from 'zod'

// Request bodies. Any Standard Schema library works with `ozValidator`; these use zod.

export const credentialsBody = z.object({
  credentials: z.object({ email: z.string().min(1), password: z.string().min(1) }),
})

export const refreshBody = z.object({ expire_token: z.string().min(1) })

const metaData = z.record(z.string().max(64), z.string().max(256))

export const folderBody = z.object({ meta_data: metaData.default({}) })

export const folderPatch = z.object({ meta_data: metaData })

export const ANALYSIS_TYPES = ['quality', 'biometry', 'blacklist'] as const

export const analysesBody = z.object({
  analyses: z
    .array(z.object({ type: z.enum(ANALYSIS_TYPES) }))
    .min(1)
    .max(5),
})

export type FolderBody = z.output<typeof folderBody>
export type FolderPatch = z.output<typeof folderPatch>
export type AnalysesBody = z.output<typeof analysesBody>
