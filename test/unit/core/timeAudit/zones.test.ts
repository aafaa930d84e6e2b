import * as assert from 'node:assert/strict';
import { ianaForWindowsZone, WINDOWS_ZONE_ROWS } from '../../../../src/core/timeAudit/windowsZones';
import { zoneByName } from '../../../../src/core/timeAudit/zoneResolver';
import { ianaZone, MS_PER_HOUR, UTC_ZONE, utcFromFields, zoneFromWallOffsets } from '../../../../src/core/timeAudit/zoneRule';

const wall = (text: string): number => Date.parse(`${text}Z`);

describe('time audit: Windows time-zone names', () => {
  it('has the ~140 Windows zones, each once, each an IANA zone this Intl knows', () => {
    assert.ok(WINDOWS_ZONE_ROWS.length >= 130, `${WINDOWS_ZONE_ROWS.length} rows`);
    assert.equal(new Set(WINDOWS_ZONE_ROWS.map(([windows]) => windows)).size, WINDOWS_ZONE_ROWS.length);
    for (const [windows, iana] of WINDOWS_ZONE_ROWS) {
      assert.ok(ianaZone(iana), `${windows} → ${iana} is not known to Intl`);
    }
  });

  it('maps Outlook names and display names, ignoring case and spacing', () => {
    assert.equal(ianaForWindowsZone('W. Europe Standard Time'), 'Europe/Berlin');
    assert.equal(ianaForWindowsZone('pacific standard  time'), 'America/Los_Angeles');
    assert.equal(ianaForWindowsZone('(UTC-05:00) Eastern Time (US & Canada)'), 'America/New_York');
    assert.equal(ianaForWindowsZone('India Standard Time'), 'Asia/Calcutta');
    assert.equal(ianaForWindowsZone('Customized Time Zone'), undefined);
  });

  it('finds zones by IANA name, path-prefixed IANA name, Windows name, or not at all', () => {
    assert.equal(zoneByName('UTC'), UTC_ZONE);
    assert.ok(zoneByName('America/New_York'));
    assert.equal(zoneByName('/mozilla.org/20050126_1/Europe/Berlin')?.offsetAt(wall('2026-01-05T12:00:00')), MS_PER_HOUR);
    assert.equal(zoneByName('Tokyo Standard Time')?.offsetAt(wall('2026-01-05T12:00:00')), 9 * MS_PER_HOUR);
    assert.equal(zoneByName('Mars/Olympus_Mons'), undefined);
    assert.equal(zoneByName('Customized Time Zone'), undefined);
  });
});

describe('time audit: zones', () => {
  const berlin = ianaZone('Europe/Berlin');
  assert.ok(berlin);

  it('converts wall-clock time to instants across the year', () => {
    assert.equal(berlin.toInstant(wall('2026-01-05T09:00:00')), Date.parse('2026-01-05T08:00:00Z'));
    assert.equal(berlin.toInstant(wall('2026-07-06T09:00:00')), Date.parse('2026-07-06T07:00:00Z'));
    assert.equal(berlin.offsetAt(Date.parse('2026-07-06T07:00:00Z')), 2 * MS_PER_HOUR);
  });

  it('reads a time skipped by the spring change with the offset before it, a repeated one as its first occurrence', () => {
    // 2026-03-29 02:30 does not exist in Berlin; RFC 5545 reads it as 03:30 CEST (01:30Z).
    assert.equal(berlin.toInstant(wall('2026-03-29T02:30:00')), Date.parse('2026-03-29T01:30:00Z'));
    // 2026-10-25 02:30 happens twice; the first is CEST (00:30Z).
    assert.equal(berlin.toInstant(wall('2026-10-25T02:30:00')), Date.parse('2026-10-25T00:30:00Z'));
  });

  it('builds a zone from wall-clock offsets (a VTIMEZONE) that agrees with Intl away from the changes', () => {
    const fromWall = zoneFromWallOffsets('Berlin (file)', (at) => berlin.offsetAt(berlin.toInstant(at)));
    for (const text of ['2026-01-05T09:00:00', '2026-07-06T09:00:00', '2026-11-23T23:30:00']) {
      assert.equal(fromWall.toInstant(wall(text)), berlin.toInstant(wall(text)), text);
      const instant = berlin.toInstant(wall(text));
      assert.equal(fromWall.offsetAt(instant), berlin.offsetAt(instant), text);
    }
  });

  it('writes dates of any year, including years 0–99 that Date.UTC misreads', () => {
    assert.equal(new Date(utcFromFields(2026, 2, 28, 13, 5, 9)).toISOString(), '2026-02-28T13:05:09.000Z');
    assert.equal(new Date(utcFromFields(50, 1, 1)).getUTCFullYear(), 50);
  });

  it('knows no zone by a made-up name', () => {
    assert.equal(ianaZone('Nowhere/Special'), undefined);
  });
});
