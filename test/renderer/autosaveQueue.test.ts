import { describe, expect, it } from 'vitest'
import { AutosaveQueue, type SaveStatus } from '../../src/renderer/state/autosaveQueue'

/** A scheduler the test runs by hand: `start()` is the idle moment arriving. */
function manualSchedule(): { schedule: (start: () => void) => () => void; start: () => void; pending: () => number } {
  let waiting: (() => void)[] = []
  return {
    schedule: (start) => {
      waiting.push(start)
      return () => {
        waiting = waiting.filter((candidate) => candidate !== start)
      }
    },
    start: () => {
      const run = waiting
      waiting = []
      for (const start of run) start()
    },
    pending: () => waiting.length
  }
}

describe('AutosaveQueue with a schedule', () => {
  it('joins the changes made before the idle moment into one save of the latest, showing "saving" once', async () => {
    const saved: number[] = []
    const idle = manualSchedule()
    const queue = new AutosaveQueue(async (value: number) => {
      saved.push(value)
      return { savedAt: 'now' }
    }, { schedule: idle.schedule })
    const statuses: SaveStatus['kind'][] = []
    queue.subscribe(() => statuses.push(queue.getState().kind))
    queue.push(1)
    queue.push(2)
    queue.push(3)
    expect(saved).toEqual([])
    expect(queue.hasUnsavedChanges).toBe(true)
    expect(idle.pending()).toBe(1)
    idle.start()
    expect(await queue.whenSaved()).toBe(true)
    expect(saved).toEqual([3])
    expect(statuses).toEqual(['saving', 'saved'])
  })

  it('flush starts the waiting save at once and cancels the scheduled start', async () => {
    const saved: string[] = []
    const idle = manualSchedule()
    const queue = new AutosaveQueue(async (value: string) => {
      saved.push(value)
      return { savedAt: 'now' }
    }, { schedule: idle.schedule })
    queue.flush()
    expect(saved).toEqual([])
    queue.push('label')
    queue.flush()
    expect(saved).toEqual(['label'])
    expect(idle.pending()).toBe(0)
    expect(await queue.whenSaved()).toBe(true)
  })
})

describe('AutosaveQueue postponed by later changes', () => {
  it('asks the schedule again at each change until maxPostponeMs after the first, then keeps the time it has', async () => {
    const saved: number[] = []
    let now = 1_000
    let asked = 0
    const idle = manualSchedule()
    const queue = new AutosaveQueue(
      async (value: number) => {
        saved.push(value)
        return { savedAt: 'now' }
      },
      { schedule: (start) => (asked++, idle.schedule(start)), maxPostponeMs: 2_000, now: () => now }
    )
    queue.push(1)
    now += 1_500
    queue.push(2)
    // Put off: the first start was cancelled and a new one asked for.
    expect([asked, idle.pending()]).toEqual([2, 1])
    now += 500
    queue.push(3)
    // 2 s after the first change: the save keeps its time.
    expect([asked, idle.pending()]).toEqual([2, 1])
    idle.start()
    expect(await queue.whenSaved()).toBe(true)
    expect(saved).toEqual([3])
    // The next run of changes starts its own two seconds.
    queue.push(4)
    now += 1_999
    queue.push(5)
    expect(asked).toBe(4)
  })
})
