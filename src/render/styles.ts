/** The page's inline stylesheet: light and dark palettes, highlights, legend, tooltip, table, charts. */
import { ENTITY_SUBTYPES } from '../lexicon/entitySubtypes.js';

const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

const subtypeVars = (i: 'light' | 'dark'): string => ENTITY_SUBTYPES.map((s) => `--s-${s.name}:${s[i]};`).join('');
const subtypeRules = ENTITY_SUBTYPES.map((s) => `[data-subtype="${s.name}"]{--ent-bg:var(--s-${s.name})}`).join('\n');

/**
 * The complete stylesheet for the rendered page.
 *
 * @example
 * pageStyles().includes('prefers-color-scheme') //=> true
 */
export function pageStyles(): string {
  return `
:root{color-scheme:light dark;
--bg:#f4f5f7;--card:#fff;--fg:#1f2328;--muted:#5f6b7a;--line:#d7dde4;--head:#eef1f5;--focus:#0b57d0;
--tip-bg:#1f2937;--tip-fg:#f9fafb;--tip-muted:#9ca3af;--cue-bg:#fef08a;--cue-line:#a16207;
--k-target:#2563eb;--k-fact:#15803d;--k-forecast:#9333ea;--k-capacity:#c2410c;
--k-target-bg:rgba(37,99,235,.10);--k-fact-bg:rgba(21,128,61,.10);--k-forecast-bg:rgba(147,51,234,.10);--k-capacity-bg:rgba(194,65,12,.10);
--t-enterprise:#b45309;--t-institution:#0e7490;--t-enterprise-bg:#fef3c7;--t-institution-bg:#cffafe;
${subtypeVars('light')}}
@media (prefers-color-scheme:dark){:root{
--bg:#0f1115;--card:#171a21;--fg:#e6e9ef;--muted:#9aa4b2;--line:#2d333d;--head:#1e232c;--focus:#8ab4f8;
--tip-bg:#f3f4f6;--tip-fg:#111827;--tip-muted:#4b5563;--cue-bg:#713f12;--cue-line:#facc15;
--k-target:#60a5fa;--k-fact:#4ade80;--k-forecast:#c084fc;--k-capacity:#fb923c;
--k-target-bg:rgba(96,165,250,.16);--k-fact-bg:rgba(74,222,128,.14);--k-forecast-bg:rgba(192,132,252,.16);--k-capacity-bg:rgba(251,146,60,.16);
--t-enterprise:#fbbf24;--t-institution:#22d3ee;--t-enterprise-bg:#5c430c;--t-institution-bg:#164e63;
${subtypeVars('dark')}}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font-family:${FONT_STACK};font-size:16px}
body{margin:0;padding:24px 28px 48px;max-width:84rem;margin-inline:auto;line-height:1.5}
h1{font-size:1.45rem;margin:0 0 .25rem;line-height:1.35}
h2{font-size:1.05rem;margin:0 0 .75rem;letter-spacing:.01em}
h3{font-size:.9rem;margin:.6rem 0 .35rem;font-weight:600}
.brand{font-size:.75rem;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:var(--muted);margin:0 0 .35rem}
.meta{color:var(--muted);font-size:.85rem;margin:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.meta b{color:var(--fg);font-weight:600}
header{margin-bottom:18px}
.card,.legend,.statements,.charts{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 17.5rem;gap:18px;align-items:start}
.legend{position:sticky;top:12px;font-size:.85rem}
@media (max-width:900px){.layout{grid-template-columns:1fr}.legend{position:static;order:-1}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.05;font-size:1.04rem;margin:0}
.xnl{display:none}
.cue{border-radius:3px;transition:background-color .15s}
.cue.on{background:var(--cue-bg);box-shadow:0 0 0 1px var(--cue-line);text-decoration:underline dotted var(--cue-line);text-underline-offset:.25em}
.hl{border-radius:4px;padding:.08em .1em;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help;outline-offset:1px}
.hl:focus{outline:none}
.hl:focus-visible{outline:2px solid var(--focus)}
.hl.on{outline:2px solid var(--focus)}
[data-type="enterprise"]{--ent-bg:var(--t-enterprise-bg);--ent-line:var(--t-enterprise)}
[data-type="institution"]{--ent-bg:var(--t-institution-bg);--ent-line:var(--t-institution)}
${subtypeRules}
.ent{background:var(--ent-bg);box-shadow:inset 0 -2px 0 var(--ent-line)}
.ent[data-type="institution"]{box-shadow:inset 0 0 0 1px var(--ent-line)}
.ent[data-badge]::after{content:attr(data-badge);display:inline-block;margin-left:.25em;padding:0 .38em;border-radius:.7em;font-size:.62em;line-height:1.6;vertical-align:.18em;font-weight:600;color:var(--card);background:var(--ent-line)}
.no-badges .ent[data-badge]::after{display:none}
[data-kind="target"]{--k:var(--k-target);--k-bg:var(--k-target-bg)}
[data-kind="fact"]{--k:var(--k-fact);--k-bg:var(--k-fact-bg)}
[data-kind="forecast"]{--k:var(--k-forecast);--k-bg:var(--k-forecast-bg)}
[data-kind="capacity"]{--k:var(--k-capacity);--k-bg:var(--k-capacity-bg)}
.stm{background:var(--k-bg);border-bottom:3px solid var(--k);font-weight:600;border-radius:3px 3px 0 0}
.ent .stm,.stm .ent{border-radius:0}
.sw{display:inline-block;white-space:nowrap;padding:0 .4em;border-radius:4px;line-height:1.7}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .5rem}
.legend ul.kinds{flex-direction:column;gap:.4rem}
.legend .n,.statements h2 .n{color:var(--muted);font-variant-numeric:tabular-nums;font-weight:400}
.lg-title{font-weight:700;margin:.2rem 0 .2rem;text-transform:uppercase;font-size:.72rem;letter-spacing:.08em;color:var(--muted)}
.lg-col+.lg-col{margin-top:1rem;padding-top:.8rem;border-top:1px solid var(--line)}
.legend .none{margin:0;color:var(--muted);font-style:italic}
.legend h2{margin-bottom:.4rem}
.toggle{display:flex;gap:.4rem;align-items:center;margin-top:.8rem;color:var(--muted)}
.hint{color:var(--muted);font-size:.78rem;margin:.9rem 0 0}
#tip{position:absolute;z-index:10;max-width:24rem;min-width:14rem;background:var(--tip-bg);color:var(--tip-fg);border-radius:10px;padding:.65rem .8rem;font-size:.82rem;line-height:1.45;box-shadow:0 8px 24px rgba(0,0,0,.25);pointer-events:none}
#tip[hidden]{display:none}
#tip .tip-h{margin:0 0 .35rem;font-weight:700;display:flex;align-items:center;gap:.4rem}
#tip .tip-h::before{content:"";width:.7em;height:.7em;border-radius:2px;background:var(--k,var(--ent-line,currentColor))}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem;margin:0}
#tip dt{color:var(--tip-muted)}
#tip dd{margin:0;overflow-wrap:anywhere}
.below{display:grid;grid-template-columns:minmax(0,1fr);gap:18px;margin-top:18px}
.table-wrap{overflow:auto;max-height:36rem;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.86rem}
th{position:sticky;top:0;background:var(--head);text-align:left;padding:0;border-bottom:1px solid var(--line);white-space:nowrap}
th button{all:unset;box-sizing:border-box;display:flex;gap:.3rem;align-items:center;width:100%;padding:.5rem .7rem;cursor:pointer;font-weight:600}
th button:hover{background:var(--line)}
th button:focus-visible{outline:2px solid var(--focus);outline-offset:-2px}
th .arrow::after{content:"↕";color:var(--muted);font-size:.8em}
th[aria-sort="ascending"] .arrow::after{content:"▲";color:var(--fg)}
th[aria-sort="descending"] .arrow::after{content:"▼";color:var(--fg)}
td{padding:.42rem .7rem;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:nth-child(even){background:color-mix(in srgb,var(--head) 45%,transparent)}
tbody tr td:first-child{box-shadow:inset 3px 0 0 var(--k,transparent)}
td .num,td.nowrap{font-variant-numeric:tabular-nums;white-space:nowrap}
td q{quotes:"「" "」"}
td a{color:var(--focus)}
tr.empty td{color:var(--muted);font-style:italic;text-align:center;padding:1.2rem}
.chart-row{display:flex;flex-wrap:wrap;gap:12px 36px}
figure{margin:0}
figcaption{font-size:.82rem;color:var(--muted);margin-bottom:.35rem}
.chart{max-width:100%;height:auto;font-family:inherit}
.bar{fill:var(--k,var(--muted))}
.bar-label,.bar-count{fill:var(--fg);font-size:12px}
.bar-count{fill:var(--muted)}
.axis{stroke:var(--line)}
.skip{position:absolute;left:-9999px;top:8px;z-index:20;background:var(--card);color:var(--focus);padding:.4rem .7rem;border-radius:6px;border:2px solid var(--focus)}
.skip:focus{left:28px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
:target.hl{outline:2px solid var(--focus)}
`.trim();
}
