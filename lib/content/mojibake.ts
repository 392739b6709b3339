import type { ContentProblem } from './errors';

/**
 * Mac OS Roman, bytes 0x80–0xFF, in order. (0x00–0x7F are ASCII.)
 */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/**
 * Windows-1252, bytes 0x80–0x9F (0xA0–0xFF are Latin-1). Its five unused
 * bytes survive a Latin-1 round trip as C1 controls, so they map to those.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

type ByteTable = Map<string, number>;

const MAC_ROMAN: ByteTable = new Map([...MAC_ROMAN_HIGH].map((char, i) => [char, 0x80 + i]));
const WINDOWS_1252: ByteTable = new Map([
  ...[...WINDOWS_1252_C1].map((char, i): [string, number] => [char, 0x80 + i]),
  ...Array.from({ length: 0x60 }, (_, i): [string, number] => [String.fromCharCode(0xa0 + i), 0xa0 + i]),
]);

/** The two ways UTF-8 text gets damaged in practice, and how to name them. */
const ENCODINGS: { name: string; table: ByteTable }[] = [
  { name: 'Mac Roman', table: MAC_ROMAN },
  { name: 'Windows-1252', table: WINDOWS_1252 },
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Undoes UTF-8 text that was read as Mac Roman and saved again
 * ("introdu√ß√£o" → "introdução"): encode as Mac Roman, decode as UTF-8.
 * Returns undefined when the text cannot have been damaged that way.
 */
export function repairMacRomanMojibake(text: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = MAC_ROMAN.get(char);
      if (byte === undefined) return undefined;
      bytes.push(byte);
    }
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Characters a damaged sequence may stand for: Latin letters, punctuation,
 * currency, arrows and maths, symbols and emoji. Anything else (Cyrillic,
 * Armenian, …) means the "damage" was two real characters side by side,
 * such as “é, and is left alone.
 */
function plausible(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x17f) ||
    (code >= 0x2000 && code <= 0x23ff) ||
    (code >= 0x2500 && code <= 0x27bf) ||
    code >= 0x1f000
  );
}

/** The UTF-8 length announced by a lead byte, or 0 when it is not a lead byte. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

export interface MojibakeRun {
  /** Offset in the text, in UTF-16 units. */
  index: number;
  damaged: string;
  repaired: string;
  /** The encoding the UTF-8 text was wrongly read as. */
  encoding: string;
}

/**
 * The damaged sequence starting at `index`, if any. Every character of both tables is a single
 * UTF-16 unit, so a sequence of `length` bytes is `length` units of the text.
 */
function runAt(text: string, index: number): MojibakeRun | undefined {
  for (const { name, table } of ENCODINGS) {
    const length = sequenceLength(table.get(text[index]!) ?? 0);
    if (length === 0 || index + length > text.length) continue;
    const bytes = new Uint8Array(length);
    let continued = true;
    for (let k = 0; k < length; k++) {
      const byte = table.get(text[index + k]!);
      if (byte === undefined || (k > 0 && (byte < 0x80 || byte > 0xbf))) {
        continued = false;
        break;
      }
      bytes[k] = byte;
    }
    if (!continued) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    if (!plausible(decoded.codePointAt(0)!)) continue;
    return { index, damaged: text.slice(index, index + length), repaired: decoded, encoding: name };
  }
  return undefined;
}

/**
 * Every sequence in `text` that is one UTF-8 character read in the wrong encoding. Every file
 * is scanned on each load of the content tree (each prerender worker, the routing table, the
 * check), so ASCII, which never starts a sequence, is skipped without further work.
 */
export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  let index = 0;
  while (index < text.length) {
    if (text.charCodeAt(index) < 0x80) {
      index += 1;
      continue;
    }
    const run = runAt(text, index);
    if (run) {
      runs.push(run);
      index += run.damaged.length;
    } else {
      index += 1;
    }
  }
  return runs;
}

/** `text` with every damaged sequence repaired; unchanged when there is none. */
export function repairMojibake(text: string): string {
  let result = '';
  let at = 0;
  for (const run of findMojibake(text)) {
    result += text.slice(at, run.index) + run.repaired;
    at = run.index + run.damaged.length;
  }
  return result + text.slice(at);
}

/** One problem per damaged line of a file, pointing at its first damaged word and suggesting the repair. */
export function mojibakeProblems(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    const runs = findMojibake(line);
    const first = runs[0];
    if (!first) return;
    const allWords = [...new Set(runs.map((run) => wordAt(line, run.index)))];
    const words = allWords.slice(0, 3);
    const repairs = words.map((word) => `"${word}" → "${repairMojibake(word)}"`).join(', ');
    problems.push({
      file,
      line: index + 1,
      column: first.index + 1,
      message: `text damaged by a wrong encoding (UTF-8 read as ${first.encoding}): ${repairs}${allWords.length > words.length ? ', …' : ''}`,
    });
  });
  return problems;
}

function wordAt(line: string, index: number): string {
  const start = line.slice(0, index).search(/\S+$/);
  const end = line.slice(index).search(/\s/);
  // ASCII punctuation around the word ("…", (…), …, …) is not part of it.
  return line
    .slice(start === -1 ? index : start, end === -1 ? undefined : index + end)
    .replace(/^[!-/:-@[-`{-~]+|[!-/:-@[-`{-~]+$/g, '');
}
