// Chinese and Japanese CVs as text: rules of the script (headings, date grammars, names without
// spaces, full-width punctuation, ideographic-space columns, radicals), not of one document.
import { describe, expect, it } from 'vitest';
import { readPlainText } from './read-plain-text';
import { normaliseScript } from './script-normalise';

/** The ideographic space, which Chinese and Japanese CVs use to set fields apart. */
const IS = '\u3000';

const ZH = `李维天
高级软件工程师
电话：138-0013-8000 ｜ 邮箱：liweitian@example.cn ｜ 北京

一、教育背景
清华大学${IS}计算机科学与技术${IS}硕士
2013.09–2016.06

二、工作经历
腾讯科技有限公司${IS}高级软件工程师
2016 年 7 月 – 至今
• 负责微信支付后台系统的架构设计
• 将接口延迟降低了百分之四十

【项目经历】
智能推荐平台${IS}2019.03–2020.12
• 设计并实现实时推荐引擎

专业技能
Python、Go、Kubernetes、MySQL`;

const JA = `履歴書
山田 太郎
ソフトウェアエンジニア
TEL：０９０-１２３４-５６７８ ／ Mail：taro.yamada@example.jp ／ 東京都

■ 学歴
平成22年4月～平成26年3月${IS}東京大学${IS}工学部 情報工学科${IS}学士

■ 職歴
2014年4月～現在${IS}株式会社メルカリ${IS}バックエンドエンジニア
・決済基盤の設計と開発を担当

■ スキル
Java、Go、AWS`;

describe('normaliseScript', () => {
  it('maps full-width forms, radicals and CJK spacing to plain text', () => {
    expect(normaliseScript('电话：１３８')).toBe('电话:138');
    expect(normaliseScript('⼯作经历 ⻔户')).toBe('工作经历门户'); // Kangxi radical (NFKC) and supplement form (map)
    expect(normaliseScript('李 维 天')).toBe('李维天');
    expect(normaliseScript('清华大学\u3000硕士')).toBe('清华大学 | 硕士');
    expect(normaliseScript('Plain ASCII  stays')).toBe('Plain ASCII  stays');
  });
});

describe('Chinese and Japanese CVs (plain text)', () => {
  it('reads a Chinese CV: name, sections, entries, year.month and 年/月 ranges, 至今', () => {
    const p = readPlainText(ZH, 'txt').profile;
    expect(p.basics).toMatchObject({
      name: '李维天',
      label: '高级软件工程师',
      email: 'liweitian@example.cn',
      phone: '138-0013-8000',
    });
    expect(p.basics.location.city).toBe('北京');
    expect(p.work).toHaveLength(1);
    expect(p.work[0]).toMatchObject({ name: '腾讯科技有限公司', position: '高级软件工程师', startDate: '2016-07' });
    expect(p.work[0]!.endDate).toBeUndefined();
    expect(p.work[0]!.highlights.map((h) => h.text)).toEqual([
      '负责微信支付后台系统的架构设计',
      '将接口延迟降低了百分之四十',
    ]);
    expect(p.education[0]).toMatchObject({ institution: '清华大学', startDate: '2013-09', endDate: '2016-06' });
    expect(`${p.education[0]!.studyType} ${p.education[0]!.area}`).toContain('硕士');
    expect(p.projects[0]).toMatchObject({ name: '智能推荐平台', startDate: '2019-03', endDate: '2020-12' });
    expect(p.skills.flatMap((s) => [s.name, ...s.keywords])).toEqual(
      expect.arrayContaining(['Python', 'Go', 'Kubernetes', 'MySQL']),
    );
  });

  it('reads a Japanese CV: document title is no name, era years, 〜現在, ・ bullets', () => {
    const p = readPlainText(JA, 'txt').profile;
    expect(p.basics).toMatchObject({ name: '山田太郎', email: 'taro.yamada@example.jp', phone: '090-1234-5678' });
    expect(p.work[0]).toMatchObject({
      name: '株式会社メルカリ',
      position: 'バックエンドエンジニア',
      startDate: '2014-04',
    });
    expect(p.work[0]!.highlights.map((h) => h.text)).toEqual(['決済基盤の設計と開発を担当']);
    expect(p.education[0]).toMatchObject({ institution: '東京大学', startDate: '2010-04', endDate: '2014-03' });
    expect(p.skills.flatMap((s) => [s.name, ...s.keywords])).toEqual(expect.arrayContaining(['Java', 'Go', 'AWS']));
  });
});
