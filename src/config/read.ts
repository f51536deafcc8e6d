// Reading one config file with lilconfig: JSON, YAML, a JavaScript module's
// default export (called when it is a function), or package.json's
// "apologylint" key. lilconfig reads the file and picks the loader by its
// extension; what it reads is first checked as drafts are (a regular file,
// under the size limit: lilconfig would wait on a FIFO and read /dev/zero
// for ever), and --no-plugins refuses a JavaScript file before it is read.
// Each file's data is read once per run, however many configs name it.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader, type Loaders } from 'lilconfig';
import { parseDocument } from 'yaml';
import { UserError, describeFsError } from '../errors.js';
import { displayPath } from '../display.js';
import { importModule } from '../import-module.js';
import { tooLarge } from '../files/read.js';
import { settled } from './settle.js';

/** The name lilconfig knows configs by: package.json's "apologylint" key. */
export const PACKAGE_PROP = 'apologylint';

export interface ReadOptions {
  /** Bytes: the same limit as drafts (--max-file-size). */
  maxBytes: number;
  /** false: a JavaScript config is refused, not run (--no-plugins). */
  runCode: boolean;
}

export function isJavaScript(file: string): boolean {
  return ['.js', '.mjs', '.cjs'].includes(extname(file).toLowerCase());
}

export class ConfigReader {
  private readonly data = new Map<string, Promise<unknown>>();

  constructor(
    readonly cwd: string,
    readonly options: ReadOptions,
  ) {}

  label(file: string): string {
    return displayPath(file, this.cwd);
  }

  /** A config file's data (-c, an `extends` target, a config found by lookup), or a UserError naming it. */
  load(file: string): Promise<unknown> {
    let pending = this.data.get(file);
    if (!pending) {
      pending = this.read(file);
      this.data.set(file, pending);
    }
    return pending;
  }

  /**
   * The data of `file` if it is a config: a package.json without an
   * "apologylint" key (or that is not JSON) is none, and lookup goes on.
   */
  async lookUp(file: string): Promise<{ found: boolean; data?: unknown }> {
    if (basename(file) !== 'package.json') return { found: true, data: await this.load(file) };
    await this.check(file);
    // lilconfig looks in this one folder (its stopDir): which folders to look in is ./discover.ts's business.
    const dir = dirname(file);
    const search = lilconfig(PACKAGE_PROP, { searchPlaces: ['package.json'], stopDir: dir, cache: false, loaders: { '.json': this.loader(false) } });
    const result = await search.search(dir);
    if (!result) return { found: false };
    this.data.set(file, Promise.resolve(result.config));
    return { found: true, data: result.config };
  }

  private async read(file: string): Promise<unknown> {
    const named = `config '${this.label(file)}'`;
    if (isJavaScript(file) && !this.options.runCode) {
      throw new UserError(`${named} is JavaScript, which --no-plugins does not run (use --no-config-lookup, or a JSON or YAML config)`);
    }
    await this.check(file);
    const ext = extname(file) || 'noExt';
    const loaders = this.loaders();
    const loader = { ...loaders, [ext]: loaders[ext.toLowerCase()] ?? this.loader(true) };
    // `ignoreEmptySearchPlaces: false`: an empty file is an empty config, not a missing one.
    const result = await lilconfig(PACKAGE_PROP, { searchPlaces: [], loaders: loader, cache: false, ignoreEmptySearchPlaces: false }).load(file);
    if (basename(file) === 'package.json' && (result?.config === null || result?.config === undefined)) {
      throw new UserError(`${named} has no "${PACKAGE_PROP}" key`);
    }
    return result?.config ?? {};
  }

  /** As drafts are read: a regular file, under the limit; a FIFO or a device is refused at once. */
  private async check(file: string): Promise<void> {
    const named = `config '${this.label(file)}'`;
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new UserError(`cannot read ${named}: is a directory`);
      if (!info.isFile()) throw new UserError(`cannot read ${named}: not a regular file`);
      if (info.size > this.options.maxBytes) throw tooLarge(named, info.size, this.options.maxBytes);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`cannot read ${named}: ${describeFsError(error)}`);
    }
  }

  private loaders(): Loaders {
    const js = this.javascript();
    const yaml: Loader = (file, content) => parseYamlConfig(this.sized(file, content), this.label(file));
    return { '.json': this.loader(true), '.yaml': yaml, '.yml': yaml, '.js': js, '.mjs': js, '.cjs': js };
  }

  /** JSON; for package.json met on the way up (`strict` false), text that is not JSON is no config. */
  private loader(strict: boolean): Loader {
    return (file, content) => {
      const text = this.sized(file, content).replace(/^\uFEFF/, '');
      try {
        return text.trim() === '' ? {} : JSON.parse(text);
      } catch (error) {
        if (!strict && basename(file) === 'package.json') return {};
        throw new UserError(`cannot parse config '${this.label(file)}' as JSON: ${firstLine(error)}`);
      }
    };
  }

  private javascript(): Loader {
    return async (file) => {
      const named = `config '${this.label(file)}'`;
      try {
        return await settled(named, async () => {
          const module = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
          const exported = module.default ?? module;
          return typeof exported === 'function' ? await (exported as () => unknown)() : exported;
        });
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`cannot load ${named}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }

  /** Checked again once read: a file can grow between stat and read. */
  private sized(file: string, content: string): string {
    const bytes = Buffer.byteLength(content);
    if (bytes > this.options.maxBytes) throw tooLarge(`config '${this.label(file)}'`, bytes, this.options.maxBytes);
    return content;
  }
}

/**
 * A config is plain data: a custom tag (`!env FOO`) means nothing here, and
 * `yaml`'s parse() would print it as a six-line Node warning; it is refused in one line.
 */
function parseYamlConfig(text: string, label: string): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''));
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new UserError(`cannot parse config '${label}' as YAML: ${firstLine(problem).replace(/:$/, '')}`);
  return doc.toJS() ?? {};
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
