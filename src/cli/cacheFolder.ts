// The user's cache folder for `report` (reportCache.ts keeps the journal's catalogue there unless
// `--cache DIR` names another): $XDG_CACHE_HOME/leadership-journal, else ~/.cache/leadership-journal;
// ~/Library/Caches/leadership-journal on macOS, %LOCALAPPDATA%\leadership-journal\Cache on Windows.
// Apart from reportCache.ts because main.ts works it out for every command, and the cache's own
// reading and checking is loaded only by a report.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** The default cache folder for this user and platform, from the environment. */
export function defaultCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home = homedir()): string {
  if (platform === 'win32' && env.LOCALAPPDATA) {
    return join(env.LOCALAPPDATA, 'leadership-journal', 'Cache');
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Caches', 'leadership-journal');
  }
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'leadership-journal');
}
