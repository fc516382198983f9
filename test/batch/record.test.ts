import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, documentFromRecord } from '../../src/batch/record.js';
import { dateProblem, normalizeDate } from '../../src/io/date.js';

describe('normalizeDate', () => {
  it.each([
    ['2020', '2020'],
    ['2020-04', '2020-04'],
    ['2020-04-14', '2020-04-14'],
    ['2020/4/14', '2020-04-14'],
    ['2020.04.14', '2020-04-14'],
    ['2020年4月14日', '2020-04-14'],
    ['2020-04-14T08:30:00+08:00', '2020-04-14'],
    ['2020-04-14 08:30', '2020-04-14'],
    [' 2020-04-14 ', '2020-04-14'],
    ['2020-13-01', null],
    ['2020-13-45', null],
    ['2021-02-29', null],
    ['2020-02-29', '2020-02-29'],
    ['2020-04-31', null],
    ['2020年4月', '2020-04'],
    ['2020-00', null],
    ['14/04/2020', null],
    ['yesterday', null],
    ['20200414', null],
  ])('%s → %s', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});

describe('documentFromRecord', () => {
  it.each([
    ['all fields', { id: 'a', text: '增长', date: '2020-04-14' }, { ok: true, id: 'a', text: '增长', date: '2020-04-14' }],
    ['numeric id', { id: 7, text: '' }, { ok: true, id: '7', text: '', date: undefined }],
    ['no id, empty date', { text: 'x', date: '' }, { ok: true, id: undefined, text: 'x', date: undefined }],
    ['null date', { text: 'x', date: null }, { ok: true, id: undefined, text: 'x', date: undefined }],
    ['no text', { id: 'a' }, { ok: false, id: 'a', error: { code: 'invalid-document', message: 'no "text" field' } }],
    ['text not a string', { text: 3 }, { ok: false, id: undefined, error: { code: 'invalid-document', message: 'field "text" must be a string, got number' } }],
    ['object id', { id: {}, text: 'x' }, { ok: false, id: undefined, error: { code: 'invalid-document', message: 'field "id" must be a string or a number' } }],
    ['bad date', { id: 'a', text: 'x', date: 'soon' }, { ok: false, id: 'a', error: { code: 'invalid-date', message: `date: ${dateProblem('soon')}` } }],
    ['numeric date', { text: 'x', date: 2020 }, { ok: false, id: undefined, error: { code: 'invalid-date', message: `date: ${dateProblem(2020)}` } }],
  ])('%s', (_name, record, expected) => {
    expect(documentFromRecord(record, DEFAULT_FIELDS)).toEqual(expected);
  });

  it('reads custom field names', () => {
    expect(documentFromRecord({ uid: 1, body: '正文', published: '2020年4月14日' }, { id: 'uid', text: 'body', date: 'published' })).toEqual({
      ok: true,
      id: '1',
      text: '正文',
      date: '2020-04-14',
    });
  });
});
