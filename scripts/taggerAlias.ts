// What every bundle of the tagger swaps for a stand-in (src/core/tagger/no*.ts): libraries
// markdown-it loads for features the tagger's block-only parser never uses (linking URLs, entity
// decoding, host names and encoding of links). Shared by the build, the bundle benchmark and the tests that bundle.
export const TAGGER_ALIAS: Readonly<Record<string, string>> = {
  'linkify-it': './src/core/tagger/noLinkify.ts',
  entities: './src/core/tagger/noEntities.ts',
  'punycode.js': './src/core/tagger/noPunycode.ts',
  mdurl: './src/core/tagger/noMdurl.ts',
};
