import type { ProjectProblem } from '../core/api'

/** Reports files that were skipped or left untouched, one `file: reason` line each, on stderr. */
export function printProblems(problems: readonly ProjectProblem[]): void {
  for (const problem of problems) process.stderr.write(`${problem.file}: ${problem.reason}\n`)
}
