// A stand-in for linkify-it in the tagger's bundle (scripts/build.ts aliases it there). The tagger's
// markdown-it never links URLs (linkify is off and its rule disabled, blockParser.ts), yet markdown-it
// constructs a LinkifyIt on creation; the real library is 11 KB of the tagger's 300 KB budget. Any
// call on this class would mean linkify was switched on, which the tagger never does: it throws.
export class LinkifyIt {
  test(): boolean {
    throw new Error('linkify is not available in the tagger bundle');
  }

  match(): null {
    throw new Error('linkify is not available in the tagger bundle');
  }
}
