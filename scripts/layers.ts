// `npm run layers`: prints the floors of src/extension as its imports make them (scripts/extensionLayers.ts).
import { join } from 'node:path';
import { printLayers } from './extensionLayers';
import { repoRoot } from './vscodePaths';

process.exit(printLayers(join(repoRoot, 'src', 'extension')));
