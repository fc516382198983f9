import { describe, expect, it } from 'vitest';
import type { Analysis, Entity, Statement } from '../../src/core/types.js';
import { createAnalyzer } from '../../src/pipeline/createAnalyzer.js';
import { renderHtml } from '../../src/render/index.js';
import { readTextMarkup } from './markup.js';
import { handmadeAnalysis, seedText } from './seedAnalysis.js';

const empty = { sentences: [], tokens: [], quantities: [] } as const;
const statementExtras = { cues: [], basis: 'cue' } as const;

function entity(text: string, needle: string, fields: Partial<Entity> = {}): Entity {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, type: 'enterprise', subtype: 'company', canonical: needle, source: 'rule', ...fields };
}

function statement(text: string, needle: string, fields: Partial<Statement> = {}): Statement {
  const start = text.indexOf(needle);
  return {
    ...statementExtras,
    start,
    end: start + needle.length,
    text: needle,
    kind: 'fact',
    comparator: 'eq',
    value: 1,
    min: null,
    max: null,
    unit: '',
    change: null,
    metric: 'm',
    subject: null,
    horizon: null,
    ...fields,
  } as Statement; // a test fixture may set `comparator` and the bounds separately
}

/** Every entity and statement has a highlight with the right attributes and text; the text is intact. */
function expectAllHighlighted(doc: Analysis, html: string): void {
  const { text, highlights } = readTextMarkup(html);
  expect(text).toBe(doc.text);
  doc.entities.forEach((e, i) => {
    const h = highlights.get(`e${i}`);
    expect(h, `entity ${i} ${e.text}`).toBeDefined();
    expect(h!.text).toBe(e.text);
    expect(h!.attrs).toMatchObject({ id: `e${i}`, tabindex: '0', 'data-type': e.type, 'data-subtype': e.subtype });
    expect(h!.attrs['title']).toContain(e.canonical);
    expect(html).toContain(`<div id="d-e${i}">`);
  });
  doc.statements.forEach((s, i) => {
    const h = highlights.get(`s${i}`);
    expect(h, `statement ${i} ${s.text}`).toBeDefined();
    expect(h!.text).toBe(s.text);
    expect(h!.attrs).toMatchObject({ id: `s${i}`, tabindex: '0', 'data-kind': s.kind });
    expect(html).toContain(`<div id="d-s${i}">`);
  });
  expect(highlights.size).toBe(doc.entities.length + doc.statements.length);
  expect(html.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr data-kind=/g)?.length ?? 0).toBe(doc.statements.length);
}

describe('renderHtml', () => {
  it('highlights every hand-made entity and statement of the seed, keeping the text exact', () => {
    const doc = handmadeAnalysis(seedText(), { date: '2020-04-14' });
    expect(doc.entities.length).toBeGreaterThan(20);
    for (let i = 1; i < doc.entities.length; i++) expect(doc.entities[i]!.start).toBeGreaterThanOrEqual(doc.entities[i - 1]!.end);
    const html = renderHtml(doc);
    expectAllHighlighted(doc, html);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<title>廊坊开发区深入实施“升位争先工程” 力争用3至5年时间,跻身全国国家级开发区前30强</title>');
    expect(html).toContain('≥ 180,000,000 CNY (1.8亿)'); // tooltip details: base units, comparator, unit
    expect(html).toContain('<td data-sort="2025">3至5年 <span class="num">(2023–2025)</span></td>'); // table horizon with its sort key
    expect(renderHtml(doc)).toBe(html); // pure
  });

  it('highlights whatever the real analyzer finds on the seed', async () => {
    const analyzer = await createAnalyzer({ segmenter: 'auto' });
    const doc = analyzer.analyze(seedText(), { date: '2020-04-14', id: 'seed' });
    const html = renderHtml(doc);
    expectAllHighlighted(doc, html);
    expect(html).toContain('<h1>seed</h1>');
  });

  it('escapes all document text and every field', () => {
    const text = '<script>alert("x")</script> & 建设银行<b>投入</b>1.8亿元\'';
    const doc: Analysis = {
      ...empty,
      id: '<i>id</i>',
      text,
      entities: [entity(text, '建设银行', { subtype: '"><img src=x>', canonical: '<canon>' })],
      statements: [statement(text, '1.8亿元', { metric: '</td><script>', subject: '<s>', horizon: { text: '<h>' } })],
    };
    const html = renderHtml(doc);
    expectAllHighlighted(doc, html);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ');
    expect(html.match(/<script>/g)).toHaveLength(1); // only the page's own script
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<canon>');
    expect(html).not.toContain('<b>投入');
    expect(html).toContain('data-subtype="&quot;&gt;&lt;img src=x&gt;"');
  });

  it('draws an entity and a statement that nest or cross, dropping neither', () => {
    const text = '总投资超过10亿元的建设银行项目';
    const crossing: Analysis = {
      ...empty,
      text,
      entities: [entity(text, '投资超过'), entity(text, '建设银行')],
      statements: [statement(text, '超过10亿元'), statement(text, '建设银行项目', { kind: 'target' })],
    };
    const html = renderHtml(crossing);
    expectAllHighlighted(crossing, html);
    const { highlights } = readTextMarkup(html);
    expect(highlights.get('s0')!.parts + highlights.get('e0')!.parts).toBe(3); // one of the crossing pair is split in two
    expect(highlights.get('e1')!.parts).toBe(1); // nested: one element each
    expect(highlights.get('s1')!.parts).toBe(1);
    expect(html).toMatch(/class="hl (ent|stm) cont" data-part="1" data-ref="(e0|s0)"/);
  });

  it('marks the cue words of statements (shared cues once), skipping cues that do not match the text', () => {
    const text = '力争实现增长5%，确保达到28家';
    const cue = (word: string, role: 'kind' | 'change') => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, text: word, role };
    };
    const doc: Analysis = {
      ...empty,
      text,
      entities: [],
      statements: [
        statement(text, '5%', { kind: 'target', cues: [cue('力争', 'kind'), cue('增长', 'change')], basis: 'cue' } as Partial<Statement>),
        statement(text, '28家', { kind: 'target', cues: [cue('力争', 'kind'), { start: 0, end: 2, text: '确保', role: 'kind' }] } as Partial<Statement>),
      ],
    };
    const html = renderHtml(doc);
    expectAllHighlighted(doc, html);
    expect(html).toContain('<span class="cue" data-cue-for="s0 s1">力争</span>实现<span class="cue" data-cue-for="s0">增长</span>');
    expect(html.match(/class="cue"/g)).toHaveLength(2);
    expect(html).toContain('<dt>basis</dt><dd>cue: 力争 (kind), 增长 (change)</dd>');
  });

  it('handles an empty analysis, paragraph breaks and blank runs without losing text', () => {
    const text = '\n\n标题\n\n\n\n第一段。\r\n\r\n第二段。\n\n';
    const doc: Analysis = { ...empty, text, entities: [], statements: [] };
    const html = renderHtml(doc);
    expectAllHighlighted(doc, html);
    expect(html).toContain('<title>标题</title>');
    expect(html).toContain('No statements in this analysis.');
    expect(html).toContain('标题\n\n<span class="xnl">\n\n</span>第一段。\r\n\r\n第二段。');
    expect(renderHtml(doc, { title: '<T>' })).toContain('<title>&lt;T&gt;</title>');
  });

  it('shows ranges, changes and horizons; charts count kinds and target years', () => {
    const text = '力争3至5年内增长20%，预计达到30家';
    const doc: Analysis = {
      ...empty,
      text,
      entities: [],
      statements: [
        statement(text, '20%', { kind: 'target', unit: '%', value: 20, change: 'increase', horizon: { text: '3至5年内', from: 2023, to: 2025 } }),
        statement(text, '30家', { kind: 'forecast', unit: '家', value: 30 }),
        statement(text, '3至5年', { kind: 'target', comparator: 'range', value: null, min: 3, max: 5, unit: '年' }),
      ],
    };
    const html = renderHtml(doc);
    expect(html).toContain('3–5 年');
    expect(html).toContain('↑ increase');
    expect(html).toContain('aria-label="Statements by kind: target 目标 2, fact 事实 0, forecast 预测 1, capacity 产能 0"');
    expect(html).toContain('aria-label="Targets by horizon year: 2025 1, no year 1"');
  });

  it('is self-contained: no external resources', () => {
    const html = renderHtml(handmadeAnalysis(seedText()));
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('rejects spans that are out of range or do not match the text', () => {
    const text = '建设银行';
    const bad = (entities: Entity[]): Analysis => ({ ...empty, text, entities, statements: [] });
    expect(() => renderHtml(bad([{ ...entity(text, '建设银行'), end: 9 }]))).toThrow(RangeError);
    expect(() => renderHtml(bad([{ ...entity(text, '建设银行'), text: '银行' }]))).toThrow(/entities\[0\]\.text/);
    expect(() => renderHtml({ text: 3 } as unknown as Analysis)).toThrow(TypeError);
  });
});
