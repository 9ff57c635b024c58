import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeText } from '../../src/load/decodeText';
import { parseDatasetCsv } from '../../src/model/csvDataset';

// Fixture bytes written by Python's own codecs, as Excel would save them.
function encoded(text: string, codec: string): Uint8Array {
  const python = spawnSync('python3', ['-c', `import sys; sys.stdout.buffer.write(sys.stdin.read().encode('${codec}'))`], {
    input: Buffer.from(text, 'utf8'),
  });
  if (python.status !== 0) throw new Error(String(python.stderr));
  return new Uint8Array(python.stdout);
}

const CHINESE = 'from,to,amount\n台積電,輝達,12\n鴻海,台積電,3\n';
const WESTERN = 'from,to,amount\nCafé Société,Crédit Agricole,12\nZürich Bank,Café Société,3\n';

describe('decodeText', () => {
  it.each([
    ['utf-8', CHINESE, 'utf-8'],
    ['utf-8-sig', CHINESE, 'utf-8'],
    ['utf-16', CHINESE, 'utf-16le'],
    ['big5', CHINESE, 'big5'],
    ['cp1252', WESTERN, 'windows-1252'],
    ['utf-8', WESTERN, 'utf-8'],
  ])('reads %s bytes as the text they were written from', (codec, text, encoding) => {
    expect(decodeText(encoded(text, codec))).toEqual({ text, encoding });
  });

  it('gives a Big5 and a Windows-1252 CSV their names as written', () => {
    const big5 = parseDatasetCsv(decodeText(encoded(CHINESE, 'big5')).text);
    const western = parseDatasetCsv(decodeText(encoded(WESTERN, 'cp1252')).text);
    expect(big5.ok && big5.dataset.entities.map((e) => e.id)).toEqual(['台積電', '輝達', '鴻海']);
    expect(western.ok && western.dataset.entities.map((e) => e.id)).toEqual(['Café Société', 'Crédit Agricole', 'Zürich Bank']);
  });
});

describe('decodeAs', () => {
  it("reads the bytes in the encoding chosen, leaving out that encoding's byte-order mark", () => {
    expect(decodeAs(encoded(CHINESE, 'big5'), 'big5')).toEqual({ text: CHINESE, encoding: 'big5' });
    expect(decodeAs(encoded(CHINESE, 'utf-8-sig'), 'utf-8')).toEqual({ text: CHINESE, encoding: 'utf-8' });
    expect(decodeAs(encoded(CHINESE, 'utf-16'), 'utf-16')).toEqual({ text: CHINESE, encoding: 'utf-16le' });
    expect(decodeAs(new Uint8Array([0xfe, 0xff, 0, 0x61]), 'utf-16')).toEqual({ text: 'a', encoding: 'utf-16be' });
    expect(decodeAs(encoded(WESTERN, 'cp1252'), 'auto')).toEqual({ text: WESTERN, encoding: 'windows-1252' });
  });

  it('reads Big5 bytes as Windows-1252 when asked (every byte is a character there), and refuses them as UTF-8', () => {
    const big5 = encoded(CHINESE, 'big5');
    const western = decodeAs(big5, 'windows-1252');
    expect(western?.encoding).toBe('windows-1252');
    expect(western?.text).not.toBe(CHINESE);
    expect(decodeAs(big5, 'utf-8')).toBeUndefined();
    expect(decodeAs(encoded(WESTERN, 'cp1252'), 'big5')).toBeUndefined();
  });
});
