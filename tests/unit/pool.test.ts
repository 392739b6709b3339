import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapLimited } from '../../lib/pool';

describe('mapLimited', () => {
  it('keeps the items in order while at most `limit` run at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([30, 5, 20, 1, 10, 2], 3, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(ms);
      running -= 1;
      return `${index}:${ms}`;
    });
    assert.deepEqual(results, ['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    assert.equal(most, 3);
  });

  it('returns nothing for no items and refuses a limit below one', async () => {
    assert.deepEqual(await mapLimited([], 4, async () => 1), []);
    await assert.rejects(
      mapLimited([1], 0, async () => 1),
      RangeError,
    );
  });

  it('stops handing out items once one fails', async () => {
    const started: number[] = [];
    await assert.rejects(
      mapLimited([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(started, [1, 2]);
  });
});
