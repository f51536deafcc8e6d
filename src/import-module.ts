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

/**
 * What is being loaded now (a module, or the promise a config exports), by how
 * messages name it. A load that never settles (`export default new Promise(() => {})`,
 * a top-level await that never resolves) leaves Node nothing to wait for, and
 * it would exit 0 with no output: the CLI asks this set when that happens.
 */
const loading = new Map<number, string>();
let nextLoad = 0;

export async function whileLoading<T>(named: string, load: () => Promise<T>): Promise<T> {
  const id = nextLoad++;
  loading.set(id, named);
  try {
    return await load();
  } finally {
    loading.delete(id);
  }
}

/** The first load still unsettled, as messages name it ("config 'x.mjs'"). */
export function unsettledLoad(): string | undefined {
  return loading.values().next().value;
}
