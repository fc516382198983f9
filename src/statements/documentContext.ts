import type { SentenceRange } from '../sentences/splitSentences.js';

/** What a paragraph looks back on or plans, in a government work report. */
export type SectionMode = 'review' | 'plan' | null;

export interface ParagraphContext {
  readonly mode: SectionMode;
  /** The year the section is about (2024 in a review of 2024, 2025 in the plan for 2025). */
  readonly year: number | undefined;
  /** How that year is written, for a statement's horizon text. */
  readonly yearText: string | undefined;
}

export interface DocumentContext {
  /** The article's year: from the date option, else a date written in the document. */
  readonly year: number | undefined;
  /** The article's month (1–12) when the date option gives it: it places days written without a year. */
  readonly month: number | undefined;
  /** True for a government work report (reviews last year, plans this one). */
  readonly report: boolean;
  /** Per paragraph index. */
  readonly paragraphs: readonly ParagraphContext[];
}

const WRITTEN_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:在|于)/u;
const TOP_HEADING = /^[一二三四五六七八九十]+、/u;
const REVIEW_START = /^(?:一年来|过去一年|过去的一年|回顾过去)/u;
const PLAN_MARKER = /主要预期目标|做好以下工作|重点做好|重点抓好|主要任务|重点任务|重点工作|工作安排|目标任务|总体要求/u;

/** The document year: an explicit `YYYY…` date wins, else `2025年1月13日在…` written in the text. */
export function documentYear(text: string, date: string | undefined): number | undefined {
  if (date !== undefined) return Number(date.slice(0, 4));
  const m = WRITTEN_DATE.exec(text.slice(0, 2000));
  return m ? Number(m[1]) : undefined;
}

/**
 * Reads the document's structure: whether it is a work report and, paragraph by paragraph,
 * whether the text reviews last year or plans this one. Headings and opening words carry over
 * to the paragraphs below them until the next top-level heading.
 */
export function readDocumentContext(text: string, sentences: readonly SentenceRange[], date: string | undefined): DocumentContext {
  const year = documentYear(text, date);
  const report = /政府工作报告/u.test(text.slice(0, 300)) || /^各位代表/mu.test(text.slice(0, 1000));
  const month = date !== undefined && /^\d{4}-\d{2}/u.test(date) ? Number(date.slice(5, 7)) : undefined;
  // Outside a work report no paragraph has a mode: their texts are not needed.
  if (!report) return { year, month, report, paragraphs: new Array<ParagraphContext>(paragraphCount(sentences)).fill(NO_MODE) };
  const paragraphs = paragraphTexts(text, sentences);
  const out: ParagraphContext[] = [];
  let mode: SectionMode = null;
  let modeYear: number | undefined;
  let modeText: string | undefined;
  for (const para of paragraphs) {
    if (report) {
      const head = para.slice(0, 40);
      if (TOP_HEADING.test(para)) {
        // A new part: keep planning if we were, wait for a marker after a review.
        if (mode === 'review') mode = null;
      }
      const yearMatch = /((?:19|20)\d{2})年/u.exec(head);
      const headYear = yearMatch ? Number(yearMatch[1]) : undefined;
      if (/工作回顾|回顾/u.test(head) || REVIEW_START.test(para) || (headYear !== undefined && year !== undefined && headYear === year - 1 && /^(?:一、)?\d{4}年(?:是|，|,|工作)/u.test(para))) {
        mode = 'review';
        modeYear = headYear !== undefined && year !== undefined && headYear < year ? headYear : year === undefined ? undefined : year - 1;
        modeText = modeYear === undefined ? '过去一年' : `${modeYear}年`;
      } else if (
        (headYear !== undefined && year !== undefined && headYear === year && (PLAN_MARKER.test(head) || /^(?:[一二三四五六七八九十]+、)?\d{4}年(?:是|，|,|要|经济社会发展)/u.test(para))) ||
        /^今年(?:是|要|，|,|经济社会发展|的主要)/u.test(para) ||
        PLAN_MARKER.test(head)
      ) {
        mode = 'plan';
        modeYear = year;
        modeText = headYear !== undefined ? `${headYear}年` : '今年';
      }
    }
    out.push({ mode, year: mode ? modeYear : undefined, yearText: mode ? modeText : undefined });
  }
  return { year, month, report, paragraphs: out };
}

const NO_MODE: ParagraphContext = { mode: null, year: undefined, yearText: undefined };

/** How many paragraphs `paragraphTexts` lists: up to the last sentence's paragraph. */
function paragraphCount(sentences: readonly SentenceRange[]): number {
  let n = 0;
  for (const s of sentences) if (s.paragraph >= n) n = s.paragraph + 1;
  return n;
}

function paragraphTexts(text: string, sentences: readonly SentenceRange[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const piece = text.slice(s.start, s.end);
    if (out.length <= s.paragraph) {
      while (out.length < s.paragraph) out.push('');
      out.push(piece);
    } else {
      out[s.paragraph] += piece;
    }
  }
  return out;
}
