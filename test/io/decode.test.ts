import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeStrict, detectEncoding, parseEncodingChoice } from '../../src/io/decode.js';

const text = '廊坊开发区综合排名第39位，较2018年度上升14位。';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf8', 0],
    ['UTF-8 with BOM', Buffer.from(`\ufeff${text}`, 'utf8'), 'utf8', 3],
    ['GBK', iconv.encode(text, 'gbk'), 'gb18030', 0],
    ['GB18030 four-byte characters', iconv.encode(`${text}𠀀`, 'gb18030'), 'gb18030', 0],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16le', 2],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf16be', 2],
    ['UTF-16LE without BOM, ASCII-heavy', Buffer.from('id,text\nGDP grew 5.2% in 2023\n', 'utf16le'), 'utf16le', 0],
    ['ASCII only', Buffer.from('GDP grew 5.2%'), 'utf8', 0],
    ['empty', Buffer.alloc(0), 'utf8', 0],
  ])('%s', (_name, bytes, encoding, bomLength) => {
    expect(detectEncoding(bytes, 'auto', true)).toEqual({ ok: true, encoding, bomLength });
  });

  it.each([
    ['PNG header with NUL bytes', Buffer.from('89504e470d0a1a0a0000000d49484452000000', 'hex'), 'binary'],
    ['control bytes', Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 0x42]), 'binary'],
    ['neither UTF-8 nor GB18030', Buffer.from([0x81, 0x20, 0x81, 0x20, 0xff, 0x20]), 'undecodable'],
  ])('%s is an error', (_name, bytes, code) => {
    const r = detectEncoding(bytes, 'auto', true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('a sample cut inside a UTF-8 character is still UTF-8', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(detectEncoding(bytes.subarray(0, 10), 'auto', false)).toMatchObject({ ok: true, encoding: 'utf8' });
  });

  it('an override wins, keeping a matching BOM', () => {
    expect(detectEncoding(Buffer.from(text, 'utf8'), 'gb18030')).toEqual({ ok: true, encoding: 'gb18030', bomLength: 0 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]), 'utf16')).toEqual({ ok: true, encoding: 'utf16be', bomLength: 2 });
  });
});

describe('decodeStrict', () => {
  it.each([
    ['utf8', Buffer.from(text), text],
    ['gb18030', iconv.encode(text, 'gbk'), text],
    ['utf16le', Buffer.from(text, 'utf16le'), text],
    ['gb18030', iconv.encode('原文就有\ufffd', 'gb18030'), '原文就有\ufffd'],
  ] as const)('%s decodes', (encoding, bytes, expected) => {
    expect(decodeStrict(bytes, encoding)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['utf8', Buffer.from([0xe5, 0xbb, 0x41])],
    ['gb18030', Buffer.from([0xd6, 0xd0, 0x81, 0x20])],
  ] as const)('invalid %s is undecodable', (encoding, bytes) => {
    expect(decodeStrict(bytes, encoding)).toMatchObject({ ok: false, error: { code: 'undecodable' } });
  });
});

describe('parseEncodingChoice', () => {
  it.each([
    ['auto', 'auto'],
    ['UTF-8', 'utf8'],
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['utf16', 'utf16'],
    ['utf-16be', 'utf16be'],
    ['latin1', null],
  ])('%s → %s', (value, expected) => {
    expect(parseEncodingChoice(value)).toBe(expected);
  });
});
