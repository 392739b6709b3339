/**
 * Mac OS Roman, bytes 0x80–0xFF, in order. (0x00–0x7F are ASCII.)
 */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

const BYTE_OF = new Map([...MAC_ROMAN_HIGH].map((char, i) => [char, 0x80 + i]));

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
      const byte = BYTE_OF.get(char);
      if (byte === undefined) return undefined;
      bytes.push(byte);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}
