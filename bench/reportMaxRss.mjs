// Preloaded (node --import) into the CLI children of the benchmark: writes the process's
// peak resident memory (kB) to the file named by BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
