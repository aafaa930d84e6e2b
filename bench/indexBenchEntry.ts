// What bench/indexBench.ts times, bundled and minified by esbuild as dist/ bundles the extension (its
// features bundle and dist/tagger.js), so the window's own thread runs the product's code as shipped:
// under tsx every imported binding is read through a getter, which cost the own thread's tagging a
// tenth or more of its time once that thread made records beside the workers (issue #13).
export { JournalCatalogue } from '../src/core/catalogue/catalogue';
export { indexItem } from '../src/core/index/indexItem';
export { createTagger } from '../src/core/tagger/tagger';
export { summarise } from '../src/core/trends/summary';
export { indexMaker } from '../src/extension/index/indexMaker';
export { poolRunner } from '../src/extension/index/poolRunner';
export { inThreadRunner } from '../src/extension/index/recordRunner';
export { nodeJournalFiles } from '../src/node/nodeJournalFiles';
export { createRecordPool } from '../src/node/recordPool';
