// Entry point of `dist/yaml.js`: the `yaml` library on its own, so that the features bundle (and the
// index workers) load it the first time front matter needs it, not when they load (see
// src/extension/lazy/yamlShim.ts and scripts/build.ts).
export * from 'yaml';
