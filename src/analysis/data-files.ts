// The project's large data files (data/acts-model.json, data/wordnet-classes.json),
// read from disk by the module that turns them into its tables. Imported, a
// JSON file became part of the bundles' source and stayed referenced from the
// module's scope after its tables were built: both were carried in the startup
// snapshot, which every start of the CLI reads (~5 ms a megabyte).
// The build copies data/*.json to dist/data/, so the same relative address
// finds them from src/analysis/ (tests) and from dist/src/analysis/ (the built CLI and its bundles).
import { readFileSync } from 'node:fs';

export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
}
