// What every bundle of the tagger swaps for a stand-in (src/core/tagger/no*.ts): libraries
// markdown-it loads for features the tagger's block-only parser never uses (linking URLs, entity
// decoding, host names and encoding of links, Unicode punctuation in inline text); and where it reads
// the scaffolded texts from.
// Shared by the build, the bundle benchmark and the tests that bundle.

/**
 * The one stand-in the preview renderer takes too (dist/render.js and the web bundle): it renders
 * with linkify off (core/text/safeMarkdown.ts), so linkify-it's 11 KB is never called there either.
 */
export const RENDER_ALIAS: Readonly<Record<string, string>> = {
  'linkify-it': './src/core/tagger/noLinkify.ts',
};

/** The stand-ins for markdown-it's libraries, for a bundle that parses as the tagger does (the CLI). */
export const TAGGER_STAND_INS: Readonly<Record<string, string>> = {
  ...RENDER_ALIAS,
  entities: './src/core/tagger/noEntities.ts',
  'punycode.js': './src/core/tagger/noPunycode.ts',
  mdurl: './src/core/tagger/noMdurl.ts',
  'uc.micro': './src/core/tagger/noUcMicro.ts',
};

export const TAGGER_ALIAS: Readonly<Record<string, string>> = {
  ...TAGGER_STAND_INS,
  // Not stand-ins: the scaffolded texts and the kinds' questions written out once
  // (src/core/entries/scaffoldTextTable.ts), where a bundle that carries the kinds and prompt packs
  // anyway (the features, the CLI, the index worker) reads them from those (scaffoldSources.ts and
  // kindQuestions.ts, what `#scaffold-text` and `#kind-questions` are by default).
  '#scaffold-text': './src/core/entries/scaffoldTextTable.ts',
  '#kind-questions': './src/core/entries/scaffoldTextTable.ts',
};
