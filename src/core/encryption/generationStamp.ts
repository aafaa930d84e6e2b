// The generation of names.age (nameMap.ts), kept plain beside it too, in
// .leadership-journal/names.generation as `{"generation":N}`: names.age is sealed, and a damaged or
// missing one tells nothing, so a window that finds it so reads here how far the list had got — and
// whether its own names, as of its last read, are older (decryptingJournalFs.ts underLock). Every
// write of names.age writes it (journalUnlock.ts writeNameMap), in place, just before its rename: cut
// off in between, it is ahead of names.age, and a window may then be refused as behind and reload
// (nothing is lost); cut short, it does not parse and tells nothing, as a missing one (an earlier
// version's journal), and a window writes as it did before the generation. It tells how many times the
// list of names was written, nothing of what it holds.
import { fromUtf8, utf8 } from '../crypto/bytes';
import type { JournalFs } from './journalFs';
import { NAMES_GENERATION_PATH } from './layout';

/** The stamp's bytes for `generation`. */
export function generationStampBytes(generation: number): Uint8Array {
  return utf8(`${JSON.stringify({ generation })}\n`);
}

/** The generation the stamp says, or undefined when it is missing, cut short or not one of ours. */
export async function readGenerationStamp(fs: JournalFs): Promise<number | undefined> {
  const bytes = await fs.read(NAMES_GENERATION_PATH);
  if (bytes === undefined) {
    return undefined;
  }
  try {
    const generation = (JSON.parse(fromUtf8(bytes) ?? '') as { generation?: unknown } | null)?.generation;
    return typeof generation === 'number' && Number.isSafeInteger(generation) && generation >= 0 ? generation : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the stamp: in place, as the header says. */
export async function writeGenerationStamp(fs: JournalFs, generation: number): Promise<void> {
  await fs.write(NAMES_GENERATION_PATH, generationStampBytes(generation));
}
