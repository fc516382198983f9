import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DictionaryError, createEntityTagger, parseEntityDictionary, validateEntries } from '../../src/entities/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/entities/${name}`, import.meta.url));

describe('parseEntityDictionary', () => {
  it('reads header columns in any order, skips comments and blank lines, ignores extra columns', () => {
    const text = '# c\n\naliases\tname\ttype\tnote\n华为|华为公司\t华为技术有限公司\tenterprise\tx\n';
    const { entries, diagnostics } = parseEntityDictionary(text, 'a.tsv');
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { name: '华为技术有限公司', type: 'enterprise', subtype: 'company', aliases: ['华为', '华为公司'], file: 'a.tsv', line: 4 },
    ]);
  });

  it('tolerates a BOM and CRLF line ends', () => {
    const { entries, diagnostics } = parseEntityDictionary('\uFEFFname\ttype\r\n河北日报\tinstitution\r\n', 'b.tsv');
    expect(diagnostics).toEqual([]);
    expect(entries[0]?.name).toBe('河北日报');
    expect(entries[0]?.subtype).toBe('public');
  });

  it.each([
    ['name\ttype\n\tenterprise\n', 2, 'empty name'],
    ['name\ttype\n甲公司\tcompany\n', 2, 'unknown type "company"'],
    ['name\ttype\n甲公司\tenterprise\textra\n', 2, '3 cells but the header has 2 columns'],
    ['name\ttype\taliases\n甲公司\tenterprise\ta||b\n', 2, 'empty alias'],
    ['name\n甲公司\n', 1, 'header lacks the required column "type"'],
    ['# only a comment\n', 1, 'missing header line'],
  ])('reports %j at file:line', (text, line, message) => {
    const { diagnostics } = parseEntityDictionary(text, 'x.tsv');
    expect(diagnostics.some((d) => d.file === 'x.tsv' && d.line === line && d.severity === 'error' && d.message.includes(message))).toBe(true);
  });
});

describe('validateEntries', () => {
  it('reports conflicting types as errors and doubly claimed aliases as warnings', () => {
    const { entries } = parseEntityDictionary('name\ttype\taliases\n甲公司\tenterprise\t甲\n乙公司\tenterprise\t甲\n甲公司\tinstitution\t\n', 'v.tsv');
    const d = validateEntries(entries);
    expect(d.map((x) => [x.line, x.severity, x.code])).toEqual([
      [4, 'error', 'dict/conflicting-type'],
      [3, 'warning', 'dict/duplicate-alias'],
    ]);
  });
});

describe('user dictionaries in createEntityTagger', () => {
  it('rejects a bad file with every file:line: reason, loading nothing', () => {
    let error: unknown;
    try {
      createEntityTagger({ builtins: false, dictionaries: [fixture('user-good.tsv'), fixture('user-bad.tsv')] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    const message = (error as DictionaryError).message;
    const bad = fixture('user-bad.tsv');
    for (const line of [4, 5, 6, 8, 9]) expect(message).toContain(`${bad}:${line}: `);
    expect(message).not.toContain(`${bad}:3: `); // the duplicate alias is only a warning
    expect((error as DictionaryError).diagnostics.some((d) => d.line === 3 && d.code === 'dict/duplicate-alias')).toBe(true);
  });

  it('reports a missing file as an error', () => {
    expect(() => createEntityTagger({ dictionaries: ['/nonexistent/zhnews.tsv'] })).toThrow(/\/nonexistent\/zhnews\.tsv:0: cannot read/);
  });

  it('rejects bad runtime entries the same way', () => {
    expect(() =>
      createEntityTagger({ builtins: false, entries: [{ name: ' ', type: 'enterprise' }, { name: '甲', type: 'bogus' as 'enterprise' }] }),
    ).toThrow(/<entries>:1: empty name\n<entries>:2: unknown type "bogus"/);
  });

  it('tags user names and aliases, later files win, and keeps them per tagger', () => {
    const a = createEntityTagger({ builtins: false, dictionaries: [fixture('user-good.tsv')] });
    const b = createEntityTagger({ builtins: false, dictionaries: [fixture('user-good.tsv'), new URL('../../fixtures/entities/user-override.tsv', import.meta.url)] });
    const plain = createEntityTagger({ builtins: false });
    const text = '百花蜂蜜与纽特科技签约';
    expect(a.tag(text, []).map((e) => [e.text, e.canonical, e.source, e.id])).toEqual([
      ['百花蜂蜜', '百花蜂蜜股份有限公司', 'alias', undefined],
      ['纽特科技', '廊坊纽特科技有限公司', 'alias', 'acme-1'],
    ]);
    expect(b.tag(text, [])[0]?.canonical).toBe('百花蜂蜜集团');
    expect(plain.tag(text, [])).toEqual([]);
    expect(b.diagnostics.map((d) => d.code)).toEqual(['dict/duplicate-alias']);
  });

  it('runtime entries win over files', () => {
    const t = createEntityTagger({
      builtins: false,
      dictionaries: [fixture('user-good.tsv')],
      entries: [{ name: '纽特集团', type: 'enterprise', aliases: ['纽特'], id: 'n-2' }],
    });
    expect(t.tag('纽特扩产', [])[0]).toMatchObject({ canonical: '纽特集团', id: 'n-2', source: 'alias' });
  });
});
