// Formatters by name. Each is imported only when asked for, so choosing
// `json` never loads the terminal colouring code.
import { UserError } from '../errors.js';
import type { Formatter } from './types.js';

export type { Formatter } from './types.js';

const builtinFormatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
};

export const formatterNames: readonly string[] = Object.keys(builtinFormatters);

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (!load) throw new UserError(`unknown format '${name}' (choose ${formatterNames.join(' or ')})`);
  return load();
}
