// File names Windows cannot hold: its device names. `con`, `con.md` and `con.2026-11-23.md` all name
// the console there, whatever the case, so a journal synced to a Windows machine would carry a file
// nobody can open or delete. Decided on the part before the first dot, trailing spaces ignored, as
// Windows does. (Characters Windows refuses are checked in pathPattern.ts.)

const DEVICES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Whether one path segment (a folder or file name) is a Windows device name. */
export function isWindowsDeviceName(segment: string): boolean {
  const dot = segment.indexOf('.');
  return DEVICES.test((dot < 0 ? segment : segment.slice(0, dot)).replace(/ +$/, ''));
}

/** The segment with `_` after its device-name part (`con.md` → `con_.md`), or the segment as it was. */
export function avoidWindowsDeviceName(segment: string): string {
  if (!isWindowsDeviceName(segment)) {
    return segment;
  }
  const dot = segment.indexOf('.');
  return dot < 0 ? `${segment}_` : `${segment.slice(0, dot)}_${segment.slice(dot)}`;
}
