/** The encodings a dataset file is read in: what spreadsheets and editors save. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'big5' | 'windows-1252';

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
