export function findElectronBinary(electronDir: string): string | null
export function firstErrorLine(output: string): string
export function installElectron(electronDir: string, timeoutMs?: number): string | null
export function whyElectronCannotRun(binary: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null
