// Compiles the cue lists in data/lexicon/cues/*.txt into data/lexicon/cues.json,
// which rules/lexicon/cues.ts reads (JSON, so the bundle and the snapshot carry it).
// A list: comment lines (#), directives (#! flags gi, #! before \b, #! after \b),
// then one alternative per line, tried in order; "  # note" ends a line with a note.
// {{other}} in a line stands for the alternatives of other.txt, as one group.
// `npm run lexicon` after editing a list; `-- --check` exits 1 when the JSON is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = join(ROOT, 'data/lexicon/cues');
const OUT = join(ROOT, 'data/lexicon/cues.json');

function parse(text) {
  const directives = { flags: '', before: '', after: '' };
  const alternatives = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+# .*$/, '').trimEnd();
    const directive = /^#!\s*(flags|before|after)\s*(.*)$/.exec(line);
    if (directive) directives[directive[1]] = directive[2].trim();
    else if (line.trim() !== '' && !line.startsWith('#')) alternatives.push(line.trim());
  }
  return { directives, alternatives };
}

/** A list's alternatives with every {{reference}} replaced by the group it names; `read` gives a list's text. */
function resolve(name, read, seen = []) {
  if (seen.includes(name)) throw new Error(`data/lexicon/cues: ${[...seen, name].join(' → ')} refers to itself`);
  const { alternatives } = parse(read(name));
  return alternatives.map((line) => line.replace(/\{\{([a-z0-9-]+)\}\}/g, (_, other) => `(?:${resolve(other, read, [...seen, name]).join('|')})`));
}

export function compileList(name, read) {
  const { directives } = parse(read(name));
  const joined = resolve(name, read).join('|');
  const source = directives.before || directives.after ? `${directives.before}(?:${joined})${directives.after}` : joined;
  new RegExp(source, directives.flags); // a bad line fails here
  return { source, flags: directives.flags };
}

/** The lists a rule reads: those with directives; the others are groups referred to by {{name}}. */
const isTopList = (text) => /^#!\s*flags\b/m.test(text);

export function compileAll() {
  const cues = {};
  const read = (name) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    if (isTopList(read(name))) cues[name] = compileList(name, read);
  }
  return `${JSON.stringify(cues, null, 1)}\n`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const json = compileAll();
  if (process.argv.includes('--check')) {
    const stale = readFileSync(OUT, 'utf8') !== json;
    if (stale) console.error('data/lexicon/cues.json is stale: run `npm run lexicon`');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(OUT, json);
  console.log(`data/lexicon/cues.json: ${Object.keys(JSON.parse(json)).length} lists`);
}
