// Entry point of `dist/yaml.js`: the `yaml` library on its own, so the Node extension bundle can load
// it the first time front matter is read or written instead of at activation (see
// src/extension/lazy/yamlShim.ts and scripts/build.ts).
export * from 'yaml';
