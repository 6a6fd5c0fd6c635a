// Trains the prompt filter's name model (issue 19, item 2): is a capitalized word a person's name, from its letters alone?
// Logistic regression over hashed character n-grams. Deterministic: fixed data order, a seeded shuffle, fixed epochs.
//
//   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz     (MIT; nothing is fetched at build or run time)
//   node eng/name-model/train.mjs path/to/package > eng/name-model/report.md
//
// Writes src/ConsentKit.Prompts/Data/name-model.bin (float32 little-endian weights, bucket 0 = bias) and
// tests/ConsentKit.Prompts.Tests/Data/name-model-golden.tsv (words and the scores this script gives them, which the C#
// scorer must reproduce). The report on stdout: precision and recall on names and words held out of training.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const pkg = process.argv[2];
if (!pkg) { console.error('usage: node train.mjs <faker package dir>'); process.exit(2); }
const f = await import(join(resolve(pkg), 'dist', 'index.js'));

export const BUCKETS = 1 << 16;

// Lower case, accents removed, one character for one: the same fold as NameLists.Fold in C#.
export function fold(word) {
  let out = '';
  for (const c of word) {
    const d = c.length === 1 && c.charCodeAt(0) < 0x250 ? c.normalize('NFD')[0] : c;
    out += d.toLowerCase().length === 1 ? d.toLowerCase() : d;
  }
  return out;
}

// FNV-1a over UTF-16 code units, as the C# scorer computes it.
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

// The features of a folded word: its 2- to 5-letter pieces with ^ and $ at the ends, and its length.
export function features(w) {
  const s = '^' + w + '$';
  const out = [1 + (fnv('#len' + Math.min(w.length, 12)) % (BUCKETS - 1))];
  for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) out.push(1 + (fnv(s.substr(i, n)) % (BUCKETS - 1)));
  return out;
}

const latin = /^[\p{Script=Latin}'’-]+$/u;
const words = (v) => (Array.isArray(v) ? v.flatMap(words) : v && typeof v === 'object' ? Object.values(v).flatMap(words) : typeof v === 'string' ? [v] : []);
const tokens = (list) => list.flatMap((x) => x.split(/[\s,.()/]+/)).filter((x) => x.length >= 2 && latin.test(x));

// Positives: given and family names of every locale written in Latin letters, grouped by the communities issue 19 names.
const groups = {
  'French and Québec': ['FR', 'FR_CA', 'FR_BE', 'FR_CH', 'FR_LU'],
  'English': ['EN', 'EN_US', 'EN_CA', 'EN_GB', 'EN_IE', 'EN_AU', 'EN_ZA'],
  'West African': ['EN_GH', 'EN_NG', 'YO_NG', 'FR_SN'],
  'South Asian': ['EN_IN', 'EN_NP'],
  'East Asian (romanized)': ['EN_HK'],
  'Vietnamese': ['VI'],
  'Southern European': ['ES', 'ES_MX', 'IT', 'PT_BR', 'PT_PT', 'RO'],
  'Other European': ['DE', 'NL', 'PL', 'CS_CZ', 'SK', 'HR', 'HU', 'SV', 'DA', 'NB_NO', 'FI', 'LV', 'SL_SI', 'TR', 'AZ', 'UZ_UZ_latin', 'ID_ID', 'KU_kmr_latin', 'SR_RS_latin', 'AF_ZA', 'ZU_ZA', 'CY'],
};
const groupOf = new Map();
for (const [g, locales] of Object.entries(groups)) {
  for (const l of locales) {
    const p = f['faker' + l]?.rawDefinitions?.person;
    if (!p) { console.error('no person data for', l); continue; }
    for (const n of tokens([...words(p.first_name), ...words(p.last_name), ...words(p.middle_name)])) {
      const k = fold(n);
      if (!groupOf.has(k)) groupOf.set(k, g);
    }
  }
}

// Negatives: ordinary words of French and English, which a sentence or a title capitalizes, and places and brands.
const negatives = new Set();
for (const l of ['EN', 'FR', 'EN_CA', 'FR_CA', 'EN_US', 'EN_GB']) {
  const d = f['faker' + l]?.rawDefinitions ?? {};
  const sources = [d.word, d.commerce?.department, d.commerce?.product_name, d.company?.buzz_adjective, d.company?.buzz_noun, d.company?.buzz_verb,
    d.company?.adjective, d.company?.descriptor, d.company?.noun, d.hacker, d.color?.human, d.animal?.type, d.food?.ingredient, d.food?.adjective,
    d.food?.description_pattern, d.music?.genre, d.date?.month, d.date?.weekday, d.location?.country, d.location?.state, d.location?.county,
    d.location?.city_name, d.location?.street_suffix, d.person?.job_area, d.person?.job_descriptor, d.person?.job_type, d.science, d.vehicle?.type,
    d.team?.creature, d.book?.genre, d.lorem?.word];
  for (const w of tokens(sources.flatMap(words))) negatives.add(fold(w));
}
// The not-names list down to its marker: words added below it later leave the trained weights as they are.
for (const line of (await import('node:fs')).readFileSync(join(repo, 'src/ConsentKit.Prompts/Data/not-names.txt'), 'utf8').split('# Below: words added after')[0].split('\n')) {
  if (line && !line.startsWith('#')) negatives.add(fold(line.trim()));
}
// A word both lists hold ("Rose", "Victoria") teaches nothing either way.
for (const w of [...negatives]) if (groupOf.has(w)) { negatives.delete(w); groupOf.delete(w); }

// One word in five, chosen by its hash, is held out of training to measure the model on names it never saw.
const heldOut = (w) => fnv('split:' + w) % 5 === 0;
const examples = [];
for (const [w, g] of [...groupOf].sort()) examples.push({ w, y: 1, g, test: heldOut(w) });
for (const w of [...negatives].sort()) examples.push({ w, y: 0, g: 'word', test: heldOut(w) });
const train = examples.filter((e) => !e.test);
const test = examples.filter((e) => e.test);

// Seeded shuffle (mulberry32), so that every run writes the same weights.
let seed = 0x5eed;
const rand = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const w = new Float64Array(BUCKETS);
const pos = train.filter((e) => e.y === 1).length;
const neg = train.length - pos;
const weightOf = (y) => (y === 1 ? train.length / (2 * pos) : train.length / (2 * neg));
const feats = train.map((e) => features(e.w));
const order = train.map((_, i) => i);
const score = (fs) => { let z = w[0]; for (const k of fs) z += w[k]; return 1 / (1 + Math.exp(-z)); };
for (let epoch = 0; epoch < 20; epoch++) {
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const lr = 0.2 / (1 + epoch);
  for (const i of order) {
    const fs = feats[i];
    const g = (score(fs) - train[i].y) * weightOf(train[i].y) * lr;
    w[0] -= g;
    for (const k of fs) w[k] -= g + 1e-5 * w[k];
  }
}

const out = Buffer.alloc(BUCKETS * 4);
const f32 = new Float32Array(BUCKETS);
for (let i = 0; i < BUCKETS; i++) { f32[i] = w[i]; out.writeFloatLE(f32[i], i * 4); }
writeFileSync(join(repo, 'src/ConsentKit.Prompts/Data/name-model.bin'), out);
const score32 = (word) => { let z = f32[0]; for (const k of features(word)) z += f32[k]; return 1 / (1 + Math.exp(-z)); };

// Golden scores for the C# scorer: a fixed sample of held-out words of every group, and some words written with accents.
const golden = [...test.filter((_, i) => i % 40 === 0).map((e) => e.w), 'nguyen', 'adebayo', 'okonkwo', 'benali', 'general', 'come', 'dubé', 'bérénice'];
mkdirSync(join(repo, 'tests/ConsentKit.Prompts.Tests/Data'), { recursive: true });
writeFileSync(join(repo, 'tests/ConsentKit.Prompts.Tests/Data/name-model-golden.tsv'),
  '# word\tscore (eng/name-model/train.mjs); the C# NameModel must give the same within 1e-4\n' + golden.map((x) => `${fold(x)}\t${score32(fold(x)).toFixed(6)}`).join('\n') + '\n');

// The report: held-out precision and recall at the thresholds the scanner uses.
const lines = ['# Name model: held-out figures', '', `Training words: ${train.length} (${pos} names, ${neg} ordinary words); held out: ${test.length}.`, ''];
for (const t of [0.5, 0.8, 0.9]) {
  const tp = test.filter((e) => e.y === 1 && score32(e.w) >= t).length;
  const fp = test.filter((e) => e.y === 0 && score32(e.w) >= t).length;
  const fn = test.filter((e) => e.y === 1 && score32(e.w) < t).length;
  lines.push(`- threshold ${t}: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (names ${tp + fn}, ordinary words ${test.filter((e) => e.y === 0).length})`);
}
lines.push('', '| community | held-out names | recall at 0.5 | recall at 0.8 |', '|---|---:|---:|---:|');
for (const g of Object.keys(groups)) {
  const names = test.filter((e) => e.g === g);
  const r = (t) => (names.filter((e) => score32(e.w) >= t).length / Math.max(1, names.length)).toFixed(3);
  lines.push(`| ${g} | ${names.length} | ${r(0.5)} | ${r(0.8)} |`);
}
const words0 = test.filter((e) => e.y === 0);
lines.push('', `Ordinary words scored as names (false alarms) at 0.8: ${(words0.filter((e) => score32(e.w) >= 0.8).length / words0.length).toFixed(3)} of ${words0.length}.`);
console.log(lines.join('\n'));
