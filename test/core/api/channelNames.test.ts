import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../../src/core/api/channelNames'
import { channelPayloads } from '../../../src/core/api/contract'

describe('CHANNEL_NAMES', () => {
  it('lists exactly the channels of the contract, in the same order', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(channelPayloads))
  })
})
