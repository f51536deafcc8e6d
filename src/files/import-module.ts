// Loads a user's module (a .js config, a plugin, a formatter) by file URL.
//
// Code inside the V8 startup snapshot (scripts/snapshot-entry.mjs) has no ES
// module loader of its own: a bare import() there fails with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING. The snapshot's main function
// therefore lends it the import() of a real module on disk, under this symbol.
const IMPORTER = Symbol.for('apology-lint.import');

type Importer = (url: string) => Promise<unknown>;

export function importModule(url: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, Importer | undefined>)[IMPORTER];
  return lent ? lent(url) : import(url);
}
