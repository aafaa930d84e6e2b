// A compact fingerprint of the tagger's keys as they stand in an entry's front matter, written beside
// them (`tags-hash: t3fa9c2`) each time the product writes them (issue #12, item 6). When the keys no
// longer match it, someone else changed them: the user's reading, which the product keeps.
//
// Why in the front matter and not in VS Code's workspace state: the entry is written by more than
// one writer — saving in VS Code, Retag All, the CLI's `tag`, VS Code on another machine the journal
// is synced to — and only the file itself is shared by all of them. A fingerprint kept by one
// VS Code would call every write by the others a hand edit, and would be lost with a moved or
// re-cloned journal. The cost is one short line per entry.
//
// Format: `t` and six hex digits (24 bits of FNV-1a over the keys' values as read). The `t` keeps it
// a string in every YAML schema (`123456` would read as a number, `12e456` as a float). A hand edit
// that happens to hash the same is one in sixteen million; it is then retagged, as before.
import { TAG_KEYS } from './tagKeys';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The fingerprint of the tagger's keys in `data` (front matter as read): which are present, and their values. */
export function tagFingerprint(data: Readonly<Record<string, unknown>>): string {
  const present = TAG_KEYS.filter((key) => Object.hasOwn(data, key)).map((key) => [key, data[key]]);
  return `t${(fnv1a(JSON.stringify(present)) >>> 8).toString(16).padStart(6, '0')}`;
}
