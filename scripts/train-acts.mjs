// Trains the act model (data/acts-model.json) on the sentence bank
// (data/bank/*.tsv): one logistic regression per act over the features
// src/analysis/acts/features.ts reads, by plain gradient descent in a fixed
// order, so the same bank always gives the same weights.
//
//   npm run train              rebuild data/acts-model.json
//   npm run train -- --check   5-fold cross-validation on the bank; writes nothing
//   node scripts/train-acts.mjs --bank DIR --out FILE   another bank, another file
//
// The model records a digest of what it was trained from: every bank
// sentence's labels and the features the current analysis reads off it, and
// this script. Any change to the grammar, the tagger, WordNet's table or the
// feature code that changes a feature makes the model stale, and a test says so.
//
// Needs the built analysis (dist/), which `npm run train` builds first.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const { analyse } = await import(dist('src/analysis/index.js'));
const { sentenceFeatures } = await import(dist('src/analysis/acts/features.js'));
const { ACTS } = await import(dist('src/analysis/acts/index.js'));

const EPOCHS = Number(process.env.EPOCHS ?? 20);
const RATE = Number(process.env.RATE ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-5);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const bankDir = option('--bank', join(root, 'data', 'bank'));
const outFile = option('--out', join(root, 'data', 'acts-model.json'));

/** What the weights depend on: each example's labels and features, and the training code. */
export function trainingDigest(dir) {
  const hash = createHash('sha256');
  for (const ex of readBank(dir)) hash.update(`${[...ex.acts].sort().join(',')}\t${featuresOf(ex.text).sort().join(' ')}\n`);
  hash.update(readFileSync(join(root, 'scripts/train-acts.mjs')));
  return hash.digest('hex');
}

function readBank(dir) {
  const examples = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(#|$)/.test(line)) return;
      const [labels, sentence, ...rest] = line.split('\t');
      if (!sentence || rest.length > 0) throw new Error(`${file}:${i + 1}: expected "labels<TAB>sentence"`);
      const acts = labels.trim() === 'none' ? [] : labels.split(',').map((l) => l.trim());
      for (const act of acts) if (!ACTS.includes(act)) throw new Error(`${file}:${i + 1}: unknown act '${act}'`);
      examples.push({ file, line: i + 1, text: sentence.trim(), acts: new Set(acts) });
    });
  }
  return examples;
}

function featuresOf(text) {
  const doc = analyse(text);
  const features = new Set();
  for (const sentence of doc.sentences) for (const f of sentenceFeatures(doc, sentence)) features.add(f);
  return [...features];
}

function train(examples) {
  const counts = new Map();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const id = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((ex) => ({ ids: ex.features.map((f) => id.get(f)).filter((i) => i !== undefined), acts: ex.acts }));
  const weights = ACTS.map(() => new Float64Array(vocabulary.length));
  ACTS.forEach((act, a) => {
    const w = weights[a];
    const positives = rows.filter((r) => r.acts.has(act)).length;
    // Rare acts would otherwise learn to say no: weigh positives up to balance the classes, within reason.
    const upweight = Math.min(5, Math.max(1, (rows.length - positives) / Math.max(1, positives) / 2));
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = RATE / (1 + epoch * 0.1);
      for (const row of rows) {
        let z = 0;
        for (const i of row.ids) z += w[i];
        const p = 1 / (1 + Math.exp(-z));
        const y = row.acts.has(act) ? 1 : 0;
        const g = (y - p) * (y ? upweight : 1) * rate;
        for (const i of row.ids) w[i] += g - L2 * w[i];
      }
    }
  });
  return { vocabulary, weights };
}

function toModel({ vocabulary, weights }, digest = '') {
  const out = {};
  vocabulary.forEach((f, i) => {
    const column = weights.map((w) => Math.round(w[i] * 1000) / 1000);
    if (column.some((x) => Math.abs(x) >= 0.01)) out[f] = column;
  });
  return { digest, acts: [...ACTS], weights: out };
}

function predict(model, features) {
  return ACTS.map((_, a) => {
    let z = 0;
    for (const f of features) z += model.weights[f]?.[a] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

function crossValidate(examples, folds = 5) {
  const stats = ACTS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (let k = 0; k < folds; k++) {
    const model = toModel(train(examples.filter((_, i) => i % folds !== k)));
    examples.forEach((ex, i) => {
      if (i % folds !== k) return;
      predict(model, ex.features).forEach((p, a) => {
        const y = ex.acts.has(ACTS[a]);
        if (p >= 0.5 && y) stats[a].tp++;
        else if (p >= 0.5) stats[a].fp++;
        else if (y) stats[a].fn++;
      });
    });
  }
  const pct = (x) => (100 * x).toFixed(1).padStart(6);
  console.log('act                   tp   fp   fn   prec  recall     F1');
  let tp = 0, fp = 0, fn = 0;
  ACTS.forEach((act, a) => {
    const s = stats[a];
    tp += s.tp; fp += s.fp; fn += s.fn;
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.tp / Math.max(1, s.tp + s.fn);
    console.log(`${act.padEnd(20)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)} ${pct(p)} ${pct(r)} ${pct((2 * p * r) / Math.max(1e-9, p + r))}`);
  });
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`micro-F1 ${(200 * p * r / (p + r)).toFixed(1)} over ${examples.length} sentences, ${folds}-fold`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const examples = readBank(bankDir).map((ex) => ({ ...ex, features: featuresOf(ex.text) }));
  if (process.argv.includes('--check')) {
    crossValidate(examples);
  } else {
    const model = toModel(train(examples), trainingDigest(bankDir));
    writeFileSync(outFile, `${JSON.stringify(model)}\n`);
    console.log(`train-acts: ${examples.length} sentences, ${Object.keys(model.weights).length} features → ${outFile}`);
  }
}
