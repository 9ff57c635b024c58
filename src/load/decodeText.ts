/** The encodings a dataset file is read in: what spreadsheets and editors save. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'windows-1252';

/** What the reader can choose to read a file as: detected, or one encoding (UTF-16 in the order its mark says, else little-endian). */
export const ENCODING_CHOICES = ['auto', 'utf-8', 'utf-16', 'big5', 'windows-1252'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** An encoding's usual name, the same in every language. */
export const ENCODING_NAMES: Record<TextEncoding | Exclude<EncodingChoice, 'auto'>, string> = {
  'utf-8': 'UTF-8',
  'utf-16': 'UTF-16',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 BE',
  big5: 'Big5',
  'windows-1252': 'Windows-1252',
};

/**
 * File bytes as text, and the encoding they were read in: a byte-order mark decides (UTF-8,
 * UTF-16); else UTF-8 if the bytes are valid UTF-8; else Big5 (Traditional Chinese Excel) when
 * they decode as Big5 into Chinese characters; else
 * Windows-1252 (Western Excel), which every byte sequence decodes in.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  for (const encoding of ['utf-8', 'big5'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (encoding === 'utf-8' || mostlyChinese(text)) return { text, encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return { text: decode('windows-1252', bytes), encoding: 'windows-1252' };
}

function decode(encoding: TextEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Whether nearly every character beyond ASCII is Chinese, as in a Big5 file (not Latin read as Big5). */
function mostlyChinese(text: string): boolean {
  const beyondAscii = text.match(/[^\p{ASCII}]/gu) ?? [];
  const chinese = beyondAscii.filter((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c));
  return beyondAscii.length > 0 && chinese.length / beyondAscii.length >= 0.9;
}

/**
 * File bytes read in the encoding the reader chose (a byte-order mark of that encoding left out), or
 * undefined when they are not valid in it. Every byte sequence is valid Windows-1252.
 */
export function decodeAs(bytes: Uint8Array, choice: EncodingChoice): { text: string; encoding: TextEncoding } | undefined {
  if (choice === 'auto') return decodeText(bytes);
  const encoding: TextEncoding = choice === 'utf-16' ? (bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le') : choice;
  const mark = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] }[encoding as string] ?? [];
  const body = mark.every((byte, i) => bytes[i] === byte) ? bytes.subarray(mark.length) : bytes;
  try {
    return { text: new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' }).decode(body), encoding };
  } catch {
    return undefined;
  }
}
