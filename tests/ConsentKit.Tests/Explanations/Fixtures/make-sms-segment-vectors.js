#!/usr/bin/env node
// Generates sms-segment-vectors.json: SMS segment-count test vectors whose expected encoding and
// segment count come from Twilio's calculator (npm: sms-segments-calculator), never from ConsentKit
// and never computed by hand. See sms-segment-vectors.README.md.
//
//   mkdir -p /tmp/segcalc && cd /tmp/segcalc && npm install sms-segments-calculator@1.3.0
//   cd tests/ConsentKit.Tests/Explanations/Fixtures
//   NODE_PATH=/tmp/segcalc/node_modules node make-sms-segment-vectors.js
//
// Deterministic: no clock, no randomness, fixed order; the same calculator version gives a
// byte-identical file.
'use strict';

const fs = require('fs');
const path = require('path');

const EXPECTED_VERSION = '1.3.0';
const calculatorPackage = require('sms-segments-calculator/package.json');
if (calculatorPackage.version !== EXPECTED_VERSION && !process.env.ALLOW_OTHER_CALCULATOR_VERSION) {
  console.error(
    `sms-segments-calculator ${calculatorPackage.version} found; this table was made with ${EXPECTED_VERSION}. ` +
      'Install that version, or set ALLOW_OTHER_CALCULATOR_VERSION=1 and review the diff.',
  );
  process.exit(1);
}
const { SegmentedMessage } = require('sms-segments-calculator');

// Plain carrier behaviour: encoding 'auto', Smart Encoding OFF (third constructor argument, default false).
const measure = (text) => new SegmentedMessage(text, 'auto', false);

const vectors = [];
const seen = new Set();
function add(text, note) {
  if (seen.has(text)) throw new Error(`duplicate vector: ${note}`);
  seen.add(text);
  const m = measure(text);
  vectors.push({ text, encoding: m.encodingName, segments: m.segmentsCount, note });
}

const rep = (s, n) => s.repeat(n);
const a = (n) => rep('a', n);
const e = (n) => rep('ê', n); // ê: not GSM-7, one UTF-16 unit

// Appends `fill` until the calculator counts `target` characters (septets for GSM-7, UTF-16 units for
// BMP-only UCS-2 text). Builds inputs only; the expectations are always the calculator's answer.
function padTo(text, target, fill = '.') {
  let t = text;
  while (measure(t).numberOfCharacters < target) t += fill;
  if (measure(t).numberOfCharacters !== target) throw new Error(`cannot pad to ${target}: ${text}`);
  return t;
}

// ---------------------------------------------------------------------------------------------------
// 1. Plain GSM-7 around 160 (single part) and 153 per part of a concatenated message.
add('', 'empty string');
add('a', 'one GSM-7 character');
for (const n of [159, 160, 161]) add(a(n), `plain GSM-7, ${n} septets (single-part limit 160)`);
for (const n of [305, 306, 307]) add(a(n), `plain GSM-7, ${n} septets (2 x 153 = 306)`);
for (const n of [458, 459, 460, 461]) add(a(n), `plain GSM-7, ${n} septets (3 x 153 = 459)`);
for (const n of [612, 613]) add(a(n), `plain GSM-7, ${n} septets (4 x 153 = 612)`);
add(rep('0123456789', 16), 'digits only, 160 septets');
add(rep('@£$¥', 40) + '!', 'GSM-7 basic symbols @ £ $ ¥ (one septet each), 161 septets');

// 2. GSM-7 extension characters (ESC + char = 2 septets) around the boundaries.
add(a(158) + '€', 'GSM-7, 158 a + euro = 160 septets: the escape ends exactly at the single-part limit');
add(a(159) + '€', 'GSM-7, 159 a + euro = 161 septets');
add(a(157) + '€' + 'a', 'GSM-7, 160 septets with an escape near the end');
add(a(153) + '€', 'GSM-7, 153 a + euro = 155 septets, still a single part');
add(a(151) + '€' + a(153), 'GSM-7, 306 septets; the escape takes septets 152-153 and fits in part 1');
add(a(152) + '€' + a(152), 'GSM-7, 306 septets; the escape would straddle septets 153/154, so it is kept whole and moved to part 2');
add(a(152) + '€' + a(10), 'GSM-7, 152 a + euro + 10 a = 164 septets; the escape straddles the 153 boundary');
add(a(304) + '€' + a(153), 'GSM-7, 459 septets; the escape ends exactly at the end of part 2');
add(a(305) + '€' + a(152), 'GSM-7, 459 septets; the escape straddles the end of part 2');
for (const [ch, name] of [
  ['[', 'left bracket'],
  [']', 'right bracket'],
  ['{', 'left brace'],
  ['}', 'right brace'],
  ['^', 'caret'],
  ['~', 'tilde'],
  ['\\', 'backslash'],
  ['|', 'pipe'],
  ['\f', 'form feed'],
]) {
  add(a(158) + ch, `GSM-7 extension ${name}: 158 a + it = 160 septets`);
  add(a(159) + ch, `GSM-7 extension ${name}: 159 a + it = 161 septets`);
  add(a(152) + ch + a(152), `GSM-7 extension ${name}: 306 septets, the escape straddles the 153 boundary`);
}
add(rep('€', 80), 'GSM-7, 80 euros = 160 septets');
add(rep('€', 81), 'GSM-7, 81 euros = 162 septets');
add(rep('€', 153), 'GSM-7, 153 euros = 306 septets; only escapes, so each part ends with one septet unused');
add(rep('[]', 40), 'GSM-7, 40 bracket pairs = 160 septets of escapes only');
add(rep('[]', 40) + 'a', 'GSM-7, 40 bracket pairs + a = 161 septets');
add(rep('{}', 80), 'GSM-7, 80 brace pairs = 320 septets, many escapes');
add(rep('a{', 51) + 'a', 'GSM-7, alternating a and { : 154 septets');
add(rep('ab|', 40) + 'a', 'GSM-7, 40 x "ab|" + a = 161 septets, escapes spread through');
add(rep('x~', 102), 'GSM-7, 102 x "x~" = 306 septets; 51 three-septet groups fill each 153-septet part exactly');
add('Don : 20 € [recu] {merci} ^_^ ~ \\o/ |', 'short GSM-7 with many different escapes');
add('Don : 20 € [reçu]', 'lowercase c-cedilla makes it UCS-2 even beside extension characters');
add(a(150) + '\f' + a(9), 'GSM-7 with a form feed inside, 161 septets');
add(rep('Ligne\r\n', 22) + 'abcd', 'GSM-7 with CRLF line breaks (CR and LF are one septet each), 158 septets');
add(rep('Ligne\n', 26) + 'abcde', 'GSM-7 with LF line breaks, 161 septets');

// 3. French: é è à ù ì ò É Ç are GSM-7 basic; ê â î ô û ç ë ï œ « » ’ are not.
const frGsm = 'Élection à Montréal : votez près de chez vous, où que vous soyez. Ça compte.';
add(frGsm, 'French using only GSM-7 letters (É à é è ù Ç)');
add(padTo(frGsm, 160, ' '), 'French GSM-7 padded with spaces to exactly 160 septets');
add(padTo(frGsm, 161, ' '), 'French GSM-7 padded with spaces to exactly 161 septets');
add(padTo(frGsm, 160, ' ') + 'ê', '160 GSM-7 septets + one ê: the whole 161-character message becomes UCS-2');
add('Élections à Lévis, Québec et Trois-Rivières; accents ì ò ù è', 'GSM-7 accents è é à ì ò ù É');
add('Ça va? Ç', 'capital Ç is GSM-7 basic');
for (const [word, note] of [
  ['fête', 'ê'],
  ['château', 'â'],
  ['île', 'î'],
  ['hôtel', 'ô'],
  ['le 20 août 2026', 'û (août)'],
  ['française', 'lowercase ç'],
  ['Noël', 'ë'],
  ['naïve', 'ï'],
  ['cœur', 'œ'],
  ['« oui »', 'guillemets « »'],
  ['l’élection', 'typographic apostrophe ’'],
  ['ARRÊT', 'Ê (ARRÊT)'],
]) {
  add(`Votez à la ${word} de Montréal.`, `French with ${note}: not GSM-7, so the whole message is UCS-2`);
}
add('Votez\u00a0: à Montréal', 'no-break space U+00A0 before the colon (French typography): not GSM-7');
add('Votez\u202f: à Montréal', 'narrow no-break space U+202F before the colon: not GSM-7');
add('e\u0301lection', 'decomposed é (e + U+0301, NFD): not GSM-7; the calculator treats it as one 2-unit grapheme');

// 4. UCS-2 around 70 (single part) and 67 per part.
for (const n of [70, 71]) add(e(n), `UCS-2, ${n} units (single-part limit 70)`);
for (const n of [133, 134, 135]) add(e(n), `UCS-2, ${n} units (2 x 67 = 134)`);
for (const n of [201, 202]) add(e(n), `UCS-2, ${n} units (3 x 67 = 201)`);
add(a(69) + 'ê', 'UCS-2, 69 GSM letters + ê = 70 units (each GSM letter costs one UCS-2 unit)');
add(a(70) + 'ê', 'UCS-2, 70 GSM letters + ê = 71 units');
add(rep('€', 69) + 'ê', 'UCS-2, 69 euros + ê = 70 units (euro is one unit in UCS-2, not an escape)');
add(rep('[]', 35) + 'ê', 'UCS-2, 70 brackets + ê = 71 units');
const frUcs = 'Parti exemple : répondez STOP ou ARRÊT pour ne plus en recevoir';
add(padTo(frUcs, 70), 'French UCS-2 (Ê) padded to exactly 70 units');
add(padTo(frUcs, 71), 'French UCS-2 (Ê) padded to exactly 71 units');

// 5. Emoji (surrogate pairs) and multi-unit graphemes around the 67-unit boundary.
add(e(66) + '😀', 'UCS-2, 66 ê + emoji = 68 units, single part');
add(e(68) + '😀', 'UCS-2, 68 ê + emoji = 70 units, single part');
add(e(69) + '😀', 'UCS-2, 69 ê + emoji = 71 units');
add(e(67) + '😀', 'UCS-2, 67 ê + emoji = 69 units, single part');
add(e(66) + '😀' + e(66), 'UCS-2, 134 units; the surrogate pair would straddle units 67/68, so it moves whole to part 2');
add(e(65) + '😀' + e(67), 'UCS-2, 134 units; the surrogate pair ends exactly at unit 67');
add(e(67) + '😀' + e(65), 'UCS-2, 134 units; the surrogate pair starts part 2');
add(e(66) + '😀' + e(4), 'UCS-2, 72 units; the surrogate pair straddles the 67 boundary');
add(e(133) + '😀' + e(66), 'UCS-2, 201 units; the surrogate pair straddles the end of part 2');
add(rep('😀', 35), 'UCS-2, 35 emoji = 70 units');
add(rep('😀', 36), 'UCS-2, 36 emoji = 72 units');
add(rep('😀', 67), 'UCS-2, 67 emoji = 134 units; 33 pairs per part, one unit unused in each');
add(e(65) + '🇨🇦' + e(65), 'UCS-2, 134 units; flag = one grapheme of two surrogate pairs; calculator-specific: it keeps the whole grapheme together (moves it to part 2) rather than splitting between the pairs');
add(e(65) + '👍🏽' + e(65), 'UCS-2, 134 units; thumbs-up + skin tone = one grapheme of two surrogate pairs; calculator-specific: kept whole, moved to part 2');

// 6. Realistic political SMS explanations (fr, en, bilingual), with and without typographic quotes.
const frPlain =
  'Parti exemple : message politique. Vous avez dit oui à nos textos le 20 septembre 2026. ' +
  'Détails : https://exemple.qc.ca/w/FASZ5E3CKANGA Répondez STOP pour ne plus en recevoir.';
const enPlain =
  'Example Party: political message. You said yes to our texts on September 20, 2026. ' +
  'Details: https://example.qc.ca/w/FASZ5E3CKANGA Reply STOP to stop receiving them.';
add(frPlain, 'French explanation, GSM-7 letters only');
add(`«${frPlain}»`, 'French explanation wrapped in « »');
add(`« ${frPlain} »`, 'French explanation wrapped in « » with spaces');
add(frPlain.replace(' : ', '\u00a0: ').replace(' : ', '\u00a0: '), 'French explanation with no-break spaces before the colons');
add(frPlain.replace('le 20 septembre 2026', 'le 20 août 2026'), 'French explanation dated in août (û)');
add(frPlain.replace('nos textos', 'l’envoi de nos textos'), 'French explanation with a typographic apostrophe ’');
add(frPlain.replace('nos textos', "l'envoi de nos textos"), 'French explanation with a straight apostrophe');
add(frPlain.replace('STOP', 'STOP ou ARRÊT'), 'French explanation offering STOP ou ARRÊT (Ê)');
add(enPlain, 'English explanation, GSM-7');
add(`“${enPlain}”`, 'English explanation wrapped in curly quotes “ ”');
add(`"${enPlain}"`, 'English explanation wrapped in straight quotes');
add(enPlain.replace('You said', 'You’ve said'), 'English explanation with a typographic apostrophe ’');
add(enPlain.replace('You said', "You've said"), 'English explanation with a straight apostrophe');
add(enPlain.replace('political message.', 'political message — paid for by the Example Party.'), 'English explanation with an em dash —');
add(enPlain.replace('political message.', 'political message - paid for by the Example Party.'), 'English explanation with a hyphen instead of a dash');
add(`${frPlain} / ${enPlain}`, 'bilingual French / English explanation, GSM-7');
add(`${frPlain}\n${enPlain}`, 'bilingual explanation on two lines, GSM-7');
add(`«${frPlain}» / “${enPlain}”`, 'bilingual explanation with « » and “ ”');
add(padTo(frPlain, 306, ' '), 'French explanation padded to 306 septets');
add(padTo(frPlain, 307, ' '), 'French explanation padded to 307 septets');
add(padTo(frPlain.replace('Détails', 'Détails [€]'), 306, ' '), 'French explanation with escapes, padded to 306 septets');
add(
  'Parti exemple : vous recevez ce texto car vous avez accepté le 2 mai. Infos : https://exemple.qc.ca/w/K3 STOP pour arrêter',
  'short French explanation with arrêter (ê)',
);
add(
  'Example Party: you get this text because you agreed on May 2. Info: https://example.qc.ca/w/K3 Reply STOP to end {ref:7}',
  'short English explanation with braces',
);

// ---------------------------------------------------------------------------------------------------
const out = path.join(__dirname, 'sms-segment-vectors.json');
fs.writeFileSync(out, JSON.stringify(vectors, null, 2) + '\n', 'utf8');
console.log(`wrote ${vectors.length} vectors to ${out} (sms-segments-calculator ${calculatorPackage.version}, node ${process.version})`);
