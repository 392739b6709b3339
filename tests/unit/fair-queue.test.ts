import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as turn } from 'node:timers/promises';
import { fairQueue } from '../../lib/server/fair-queue.mjs';

describe('fairQueue', () => {
  it('hands one request to the handler per turn of the event loop, in arrival order', async () => {
    const handled: string[] = [];
    const enqueue = fairQueue((request: string, response: string) => handled.push(`${request}>${response}`));
    enqueue('a', '1');
    enqueue('b', '2');
    enqueue('c', '3');
    assert.deepEqual(handled, [], 'nothing runs inside the request event');
    await turn();
    assert.deepEqual(handled, ['a>1']);
    await turn();
    assert.deepEqual(handled, ['a>1', 'b>2']);
    enqueue('d', '4');
    await turn();
    await turn();
    assert.deepEqual(handled, ['a>1', 'b>2', 'c>3', 'd>4']);
  });

  it('skips a request whose client left while it waited, without spending a turn on it', async () => {
    const handled: string[] = [];
    const left = new Set(['b']);
    const enqueue = fairQueue(
      (request: string) => handled.push(request),
      (request) => left.has(request),
    );
    for (const request of ['a', 'b', 'c']) enqueue(request, '');
    await turn();
    await turn();
    assert.deepEqual(handled, ['a', 'c']);
  });

  it('starts again after the queue ran empty', async () => {
    const handled: string[] = [];
    const enqueue = fairQueue((request: string) => handled.push(request));
    enqueue('a', '');
    await turn();
    await turn();
    enqueue('b', '');
    await turn();
    assert.deepEqual(handled, ['a', 'b']);
  });
});
