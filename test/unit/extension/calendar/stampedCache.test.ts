// The parsed calendars the extension keeps (calendarSources.ts): a file is parsed again only when its
// modification time or size changed, or a watcher saw it change; a file no longer read is let go.
import * as assert from 'node:assert/strict';
import { StampedCache } from '../../../../src/extension/calendar/stampedCache';

describe('the parsed calendars kept per file', () => {
  const work = 'file:///home/ana/work.ics';
  const team = 'file:///home/ana/team.ics';

  it('gives back what was parsed while the file\'s time and size are as they were', () => {
    const cache = new StampedCache<string>();
    cache.set(work, { mtime: 1000, size: 17_400_000 }, 'parsed work');
    assert.equal(cache.get(work, { mtime: 1000, size: 17_400_000 }), 'parsed work');
    assert.equal(cache.get(work, { mtime: 2000, size: 17_400_000 }), undefined, 'saved again: parsed again');
    assert.equal(cache.get(work, { mtime: 1000, size: 17_400_001 }), undefined, 'another size: parsed again');
    assert.equal(cache.get(team, { mtime: 1000, size: 17_400_000 }), undefined, 'another file is another file');
  });

  it('forgets a file a watcher saw change, even with the same time and size', () => {
    const cache = new StampedCache<string>();
    cache.set(work, { mtime: 1000, size: 10 }, 'parsed work');
    cache.delete(work);
    assert.equal(cache.get(work, { mtime: 1000, size: 10 }), undefined);
  });

  it('lets go of the files no longer read, and keeps the others', () => {
    const cache = new StampedCache<string>();
    cache.set(work, { mtime: 1, size: 1 }, 'parsed work');
    cache.set(team, { mtime: 1, size: 1 }, 'parsed team');
    cache.retain([team]);
    assert.equal(cache.size, 1);
    assert.equal(cache.get(team, { mtime: 1, size: 1 }), 'parsed team');
    assert.equal(cache.get(work, { mtime: 1, size: 1 }), undefined);
  });
});
