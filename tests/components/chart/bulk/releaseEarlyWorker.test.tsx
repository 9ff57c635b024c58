// The thin links' painting worker starts with its module, while a linked dataset downloads. When the
// dataset turns out small (drawn link by link), the waiting worker stops; a large graph later starts
// a worker of its own. A fake worker stands in (see fakeWorker).
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeWorker, importWithFakeWorker, unstubWorkers } from '../fakeWorker';

const loadWithFakeWorker = () => importWithFakeWorker(() => import('../../../../src/components/chart/bulk/BulkLinks'));

describe('the early thin-links worker', () => {
  afterEach(unstubWorkers);

  it('stops when released, and a large graph drawn later starts its own', async () => {
    const { BulkLinks, releaseEarlyWorker } = await loadWithFakeWorker();
    const [early] = FakeWorker.started;
    expect(early).toBeDefined();
    releaseEarlyWorker();
    expect(early!.terminated).toBe(true);
    render(
      <svg>
        <BulkLinks links={[]} colorByOrigin={false} isolated={-1} width={300} height={200} dragging={false} />
      </svg>,
    );
    expect(FakeWorker.started).toHaveLength(2);
    expect(early!.sent).toEqual([]);
    expect(FakeWorker.started[1]!.sent.length).toBeGreaterThan(0);
  });

  it('is the one a first large graph takes when not released', async () => {
    const { BulkLinks } = await loadWithFakeWorker();
    const [early] = FakeWorker.started;
    render(
      <svg>
        <BulkLinks links={[]} colorByOrigin={false} isolated={-1} width={300} height={200} dragging={false} />
      </svg>,
    );
    expect(FakeWorker.started).toHaveLength(1);
    expect(early!.terminated).toBe(false);
    expect(early!.sent.length).toBeGreaterThan(0);
  });
});
