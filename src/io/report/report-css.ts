/** The report's stylesheet: light, readable on screen, prints cleanly (no dark backgrounds, sections start pages). */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1000px; padding: 24px 32px 64px; color: #1d2433; background: #fff;
  font: 14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",system-ui,sans-serif; }
header.title { border-bottom: 3px solid #3b6ea8; margin-bottom: 16px; }
h1 { font-size: 26px; margin: 8px 0 4px; }
.subtitle { color: #5a6478; margin: 0 0 12px; }
h2 { font-size: 20px; border-bottom: 1px solid #c9d3e3; padding-bottom: 4px; margin-top: 40px; color: #234f8a; }
h3 { font-size: 16px; margin: 20px 0 8px; }
h4 { font-size: 14px; margin: 16px 0 6px; }
nav.toc ol { columns: 2; padding-left: 20px; margin: 8px 0; }
nav.toc a { color: #234f8a; text-decoration: none; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #5a6478; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border-bottom: 1px solid #e1e6ef; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f2f5fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.compact { font-size: 12px; }
table.compact th, table.compact td { padding: 2px 6px; }
table.matrix td, table.matrix th { padding: 2px 4px; }
code { font-family: ui-monospace,"DejaVu Sans Mono",monospace; font-size: 12px; background: #f4f6f9; padding: 0 3px; border-radius: 3px; }
code.params { white-space: normal; overflow-wrap: anywhere; }
ul.conventions { margin: 0; padding-left: 16px; }
.muted { color: #5a6478; }
.url { color: #5a6478; overflow-wrap: anywhere; }
figure { margin: 12px 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 12px; color: #5a6478; margin-top: 4px; }
table.profiles { font-size: 11px; }
table.profiles th { white-space: normal; }
table.typology td:nth-child(3) { min-width: 11em; }
span.prof { display: block; padding: 0 2px; background: linear-gradient(to right, #d3e0f0 var(--w), transparent var(--w)); }
pre.spec { background: #f7f8fa; border: 1px solid #e1e6ef; padding: 12px; font-size: 12px; overflow-x: auto; white-space: pre-wrap; }
.method { border-left: 3px solid #c9d3e3; padding-left: 12px; margin: 12px 0; }
.formula { font-family: "Cambria Math","STIX Two Math","Times New Roman",serif; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  nav.toc { break-after: page; }
  section { break-before: page; }
  section#summary { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, figure, .method { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #f2f5fa !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  span.prof { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
