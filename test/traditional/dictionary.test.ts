import { describe, expect, it } from 'vitest';
import { createAnalyzerSync } from '../../src/pipeline/createAnalyzer.js';
import { simplifiedForm } from '../../src/normalize/simplifiedForm.js';

// Invented names (not in the built-in dictionaries), one written in each script.
const analyzer = createAnalyzerSync({
  builtins: false,
  entries: [
    { name: '藍鯨數碼科技有限公司', type: 'enterprise', subtype: 'company', aliases: ['藍鯨數碼'] },
    { name: '青松仪器股份有限公司', type: 'enterprise', subtype: 'company', aliases: ['青松仪器'] },
  ],
});

describe('a user dictionary in either script matches text in either script', () => {
  it.each([
    ['traditional entry, traditional text', '藍鯨數碼科技有限公司公布業績', '藍鯨數碼科技有限公司', '藍鯨數碼科技有限公司'],
    ['traditional entry, simplified text', '蓝鲸数码科技有限公司公布业绩', '蓝鲸数码科技有限公司', '藍鯨數碼科技有限公司'],
    ['traditional alias, simplified text', '蓝鲸数码今年营收增长', '蓝鲸数码', '藍鯨數碼科技有限公司'],
    ['simplified entry, traditional text', '青松儀器股份有限公司公布業績', '青松儀器股份有限公司', '青松仪器股份有限公司'],
    ['simplified alias, traditional text', '青松儀器今年營收增長', '青松儀器', '青松仪器股份有限公司'],
  ])('%s', (_, text, found, canonical) => {
    const doc = analyzer.analyze(text);
    expect(doc.entities.map((e) => [e.text, e.canonical])).toContainEqual([found, canonical]);
    const hit = doc.entities.find((e) => e.canonical === canonical)!;
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('an alias written in traditional is still an alias, a name still a name', () => {
    const doc = analyzer.analyze('蓝鲸数码与蓝鲸数码科技有限公司');
    expect(doc.entities.map((e) => e.source)).toEqual(['alias', 'dictionary']);
  });

  it('leaves a name with no traditional character alone', () => {
    expect(simplifiedForm('青松仪器股份有限公司')).toBeNull();
    expect(simplifiedForm('CITIC')).toBeNull();
    expect(simplifiedForm('藍鯨數碼')).toBe('蓝鲸数码');
  });
});
