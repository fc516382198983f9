import { describe, expect, it } from 'vitest';
import { CsvParser, formatCsvRow } from '../../src/batch/csv.js';

function parseAll(input: string, chunk = input.length) {
  const p = new CsvParser();
  const out = [];
  for (let i = 0; i < input.length; i += chunk) out.push(...p.push(input.slice(i, i + chunk)));
  out.push(...p.end());
  return out;
}

describe('CsvParser', () => {
  it.each([
    ['plain rows', 'id,text\n1,增长\n', [['id', 'text'], ['1', '增长']]],
    ['CRLF and no final newline', 'id,text\r\n1,增长', [['id', 'text'], ['1', '增长']]],
    ['quoted comma, quote and newline', 'a,b\n"x,y","say ""hi""\n第二行"\n', [['a', 'b'], ['x,y', 'say "hi"\n第二行']]],
    ['empty cells', 'a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
    ['blank lines are no records', 'a\n\n1\n\n', [['a'], ['1']]],
  ])('%s', (_name, input, rows) => {
    for (const chunk of [input.length, 1, 3]) {
      const records = parseAll(input, chunk);
      expect(records.map((r) => (r.ok ? r.cells : r.message))).toEqual(rows);
    }
  });

  it('numbers records by the line they start on', () => {
    const records = parseAll('a,b\n"1\n2",x\n3,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reports an unterminated quote as a broken record', () => {
    expect(parseAll('a,b\n1,"open\n')).toEqual([
      { ok: true, line: 1, cells: ['a', 'b'] },
      { ok: false, line: 2, message: 'unterminated quoted field starting on line 2' },
    ]);
  });

  it('reports an oversized record without keeping it', () => {
    const p = new CsvParser(10);
    expect(p.push(`a\n${'x'.repeat(50)}\nb\n`)).toEqual([
      { ok: true, line: 1, cells: ['a'] },
      { ok: false, line: 2, message: 'record longer than 10 characters' },
      { ok: true, line: 3, cells: ['b'] },
    ]);
  });
});

describe('formatCsvRow', () => {
  it.each([
    [['a', 'b'], 'a,b'],
    [['x,y', 'say "hi"', null, undefined, 3], '"x,y","say ""hi""",,,3'],
    [['line\nbreak'], '"line\nbreak"'],
  ])('%j', (cells, expected) => {
    expect(formatCsvRow(cells)).toBe(expected);
  });

  it('round-trips through the parser', () => {
    const cells = ['廊坊,开发区', '"引号"', '多\n行', ''];
    const p = new CsvParser();
    expect([...p.push(`${formatCsvRow(cells)}\n`), ...p.end()]).toEqual([{ ok: true, line: 1, cells }]);
  });
});
