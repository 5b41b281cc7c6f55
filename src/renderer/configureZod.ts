import { z } from 'zod'

// zod probes `new Function("")` when its first object schema is built, to decide whether
// to compile parsers. Our CSP forbids eval, so the probe is reported as a violation; jitless
// mode skips it. Imported first by main.tsx so it runs before any schema exists.
z.config({ jitless: true })
