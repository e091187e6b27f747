/**
 * The bulletin as one self-contained printable HTML page: inline CSS (A4 pages, running footer,
 * page breaks between chapters), inline SVG charts, no script and nothing fetched. Every text
 * from the data is escaped here; the SVG comes escaped from ECharts.
 */
import { CRITERIA } from '../../../../shared/domain/reports/catalog.ts';
import type { TBulletin, TFigure } from '../../../../shared/schemas/reports.ts';
import {
  filterLines,
  figuresOf,
  formatCell,
  formatSummary,
  isEmptyFigure,
  isNumeric,
  longDate,
  longInstant,
  mapFigures,
  numberedFigures,
  paragraphs,
  words,
  type Language,
} from './format.ts';
import { CHART_WIDTH, MAP_SIZE, chartHeight, figureSvg, mapSvg, type MapData } from './svg.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A CSS string literal that cannot close the string or the style element. */
function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n]+/g, ' ')}"`;
}

const figureId = (figure: TFigure) => `fig-${figure.key.replace(/[^a-z0-9]+/gi, '-')}`;

const texts = (text: string, className = 'prose') => {
  const ps = paragraphs(text);
  return ps.length === 0
    ? ''
    : `<div class="${className}">${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`;
};

function css(bulletin: TBulletin): string {
  const t = words(bulletin.language);
  // "Página " counter(page) " de " counter(pages), in the bulletin's words.
  const marker = '\u0000';
  const pageOf = t('pageOf', { page: `${marker}page${marker}`, pages: `${marker}pages${marker}` })
    .split(marker)
    .map((part, i) => (i % 2 === 1 ? `counter(${part})` : part ? cssString(part) : ''))
    .filter(Boolean)
    .join(' ');
  return `
:root { --ink: #1c2130; --muted: #5b6272; --rule: #d7dbe2; --accent: #0072B2; --soft: #f3f6fa; }
* { box-sizing: border-box; }
html { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #e9ecef; }
.page { background: #fff; max-width: 210mm; margin: 0 auto; padding: 14mm 16mm; }
h1, h2, h3 { line-height: 1.2; margin: 0 0 .4em; }
h2 { font-size: 18pt; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4pt; margin-bottom: 10pt; }
h2 .num { display: inline-block; min-width: 1.4em; }
h3 { font-size: 12pt; }
p { margin: 0 0 .6em; }
.muted { color: var(--muted); }
.cover { min-height: 250mm; display: flex; flex-direction: column; }
.cover .org { font-size: 12pt; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; margin-top: 30mm; }
.cover .kicker { font-size: 13pt; color: var(--accent); font-weight: bold; margin: 14mm 0 2mm; }
.cover h1 { font-size: 30pt; color: var(--ink); margin-bottom: 4mm; }
.cover .asof { font-size: 16pt; margin: 6mm 0 2mm; }
.cover .filters { margin: 4mm 0; padding: 3mm 4mm; background: var(--soft); border-left: 3px solid var(--accent); }
.cover .filters p { margin: 0; }
.cover .meta { margin-top: auto; font-size: 9pt; color: var(--muted); }
.toc { margin-top: 10mm; }
.toc h2 { font-size: 12pt; border: 0; color: var(--ink); margin-bottom: 2mm; }
.toc ol { margin: 0; padding-left: 1.2em; }
.toc li { margin: 1mm 0; }
.toc a { color: var(--ink); text-decoration: none; }
.chapter { margin-top: 12mm; }
.kpis { display: grid; gap: 4mm; margin: 4mm 0 8mm; }
.kpi { background: var(--soft); border-top: 3px solid var(--accent); padding: 4mm; }
.kpi .value { display: block; font-size: 22pt; font-weight: bold; line-height: 1.1; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.kpi .label { display: block; color: var(--muted); font-size: 9.5pt; margin-top: 1mm; }
.meaning { font-size: 11.5pt; font-style: italic; color: var(--muted); }
.analysis { margin: 4mm 0 6mm; padding: 3mm 5mm; border-left: 3px solid var(--rule); }
.analysis h3 { font-size: 10.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.prose p { max-width: 165mm; }
.figure { margin: 8mm 0 10mm; }
.figure .head { break-inside: avoid; }
.figure figcaption { font-weight: bold; font-size: 12pt; }
.figure figcaption .n { color: var(--accent); margin-right: .4em; }
.figure .basis { font-size: 8.5pt; color: var(--muted); margin: 1mm 0 2mm; }
.chart { break-inside: avoid; margin: 2mm 0; }
.chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
.empty { padding: 4mm; background: var(--soft); color: var(--muted); font-style: italic; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0; }
table.wide { font-size: 7.5pt; }
thead { display: table-header-group; }
thead th { text-align: left; vertical-align: bottom; border-bottom: 1.5px solid var(--ink); padding: 3pt 4pt; font-weight: bold; }
tbody th, td { text-align: left; padding: 2.5pt 4pt; border-bottom: .5px solid var(--rule); vertical-align: top; font-weight: normal; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.wide th:first-child { min-width: 28mm; }
tbody tr:nth-child(even) > * { background: #fafbfc; }
tr.total > * { font-weight: bold; border-top: 1.5px solid var(--ink); background: #fff; }
tr { break-inside: avoid; }
.definition, .note { font-size: 8.5pt; color: var(--muted); }
.definition strong { color: var(--ink); }
.bottlenecks li { margin-bottom: 2mm; }
.tag { display: inline-block; font-size: 8pt; color: var(--accent); border: 1px solid var(--accent); border-radius: 2pt; padding: 0 3pt; margin-right: 4pt; }
.annex td.key { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8pt; white-space: nowrap; }
@page { size: A4; margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(bulletin.program.name)}; font-size: 8pt; color: #5b6272; }
  @bottom-right { content: ${pageOf}; font-size: 8pt; color: #5b6272; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
@media print {
  html { font-size: 10pt; }
  body { background: #fff; }
  .page { max-width: none; margin: 0; padding: 0; }
  .cover { min-height: 255mm; break-after: page; }
  .chapter { break-before: page; margin-top: 0; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}`;
}

function tableHtml(figure: TFigure, language: Language): string {
  const wide = figure.columns.length > 6;
  const head = figure.columns
    .map((c) => `<th scope="col"${isNumeric(c) ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`)
    .join('');
  const body = figure.rows
    .map((row, r) => {
      const total = figure.totalRow && r === figure.rows.length - 1;
      const cells = figure.columns
        .map((c, i) => {
          const text = escapeHtml(formatCell(figure, c, row[i], language));
          if (i === 0) return `<th scope="row">${text}</th>`;
          return `<td${isNumeric(c) ? ' class="num"' : ''}>${text}</td>`;
        })
        .join('');
      return `<tr${total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('');
  return `<div class="table-wrap"><table${wide ? ' class="wide"' : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function figureHtml(bulletin: TBulletin, figure: TFigure, n: number): string {
  const t = words(bulletin.language);
  const basis = t(`basis.${figure.basis}`, {
    date: longDate(bulletin.filters.asOf, bulletin.language),
  });
  const parts = [
    `<figure class="figure" id="${figureId(figure)}">`,
    '<div class="head">',
    `<figcaption><span class="n">${escapeHtml(t('figure', { number: n }))}</span>${escapeHtml(figure.title)}</figcaption>`,
    `<p class="basis">${escapeHtml(basis)}</p>`,
  ];
  if (isEmptyFigure(figure)) {
    parts.push(`<p class="empty">${escapeHtml(t('empty'))}</p>`, '</div>');
  } else {
    const svg = figureSvg(figure, {
      width: CHART_WIDTH,
      height: chartHeight(figure),
      language: bulletin.language,
    });
    parts.push(`<div class="chart">${svg}</div>`, '</div>', tableHtml(figure, bulletin.language));
  }
  parts.push(
    `<p class="definition"><strong>${escapeHtml(t('definition'))}.</strong> ${escapeHtml(figure.definition)}</p>`,
  );
  if (figure.suppressedCells > 0 && bulletin.smallCellThreshold !== null)
    parts.push(
      `<p class="note">${escapeHtml(t('suppressed', { count: figure.suppressedCells, threshold: bulletin.smallCellThreshold }))}</p>`,
    );
  parts.push('</figure>');
  return parts.join('\n');
}

interface Chapter {
  id: string;
  /** Plain text. */
  title: string;
  /** The OECD-DAC criteria are numbered 1 to 5. */
  number?: number;
  html: string;
}

function chapters(bulletin: TBulletin, maps: MapData | undefined): Chapter[] {
  const { language, edition } = bulletin;
  const t = words(language);
  const numbers = numberedFigures(bulletin);
  const out: Chapter[] = [];

  // Rows of four, or of three when that leaves no lone box; long amounts get a smaller size.
  const n = bulletin.summary.length;
  const perRow = n <= 4 ? Math.max(1, n) : n % 4 === 1 ? 3 : 4;
  const boxPt = ((180 - 4 * (perRow - 1)) / perRow - 8) * 2.835;
  const kpis = bulletin.summary
    .map((s) => {
      const value = formatSummary(s, language);
      const size = Math.max(9, Math.min(22, Math.floor(boxPt / (value.length * 0.6))));
      return `<div class="kpi"><span class="value" style="font-size:${size}pt">${escapeHtml(value)}</span><span class="label">${escapeHtml(s.label)}</span></div>`;
    })
    .join('');
  out.push({
    id: 'summary',
    title: t('summary.title'),
    html: `${kpis ? `<div class="kpis" style="grid-template-columns:repeat(${perRow},1fr)">${kpis}</div>` : ''}${texts(edition.texts.summary)}`,
  });

  CRITERIA.forEach((criterion, i) => {
    const figures = figuresOf(bulletin, criterion);
    const analysis = texts(edition.texts[criterion]);
    out.push({
      id: criterion,
      title: t(`criteria.${criterion}.name`),
      number: i + 1,
      html: [
        `<p class="meaning">${escapeHtml(t(`criteria.${criterion}.meaning`))}</p>`,
        analysis
          ? `<div class="analysis"><h3>${escapeHtml(t('analysis'))}</h3>${analysis}</div>`
          : '',
        figures.length === 0 ? `<p class="empty">${escapeHtml(t('noFigures'))}</p>` : '',
        ...figures.map((f) => figureHtml(bulletin, f, numbers.get(f) ?? 0)),
      ].join('\n'),
    });
  });

  const mapped = maps ? mapFigures(bulletin) : [];
  if (maps && mapped.length > 0) {
    const items = mapped.map((f, i) => {
      const column = f.columns[f.map?.column ?? 0]?.label ?? '';
      return [
        `<figure class="figure">`,
        '<div class="head">',
        `<figcaption><span class="n">${escapeHtml(t('map', { number: i + 1 }))}</span>${escapeHtml(f.title)}</figcaption>`,
        `<p class="basis">${escapeHtml(t('maps.shows', { column }))} <a href="#${figureId(f)}">${escapeHtml(t('figure', { number: numbers.get(f) ?? 0 }))}</a></p>`,
        `<div class="chart">${mapSvg(f, maps, { ...MAP_SIZE, language }) ?? ''}</div>`,
        '</div>',
        '</figure>',
      ].join('\n');
    });
    out.push({
      id: 'maps',
      title: t('maps.title'),
      html: `<p class="muted">${escapeHtml(t('maps.intro'))}</p>${items.join('\n')}`,
    });
  }

  const found = bulletin.bottlenecks.map(
    (b) =>
      `<li><span class="tag">${escapeHtml(t(`criteria.${b.criterion}.name`))}</span>${escapeHtml(b.text)}</li>`,
  );
  const written = texts(edition.texts.bottlenecks);
  out.push({
    id: 'bottlenecks',
    title: t('bottlenecks.title'),
    html: [
      found.length > 0
        ? `<h3>${escapeHtml(t('bottlenecks.found'))}</h3><ul class="bottlenecks">${found.join('')}</ul>`
        : '',
      written ? `<div class="analysis"><h3>${escapeHtml(t('analysis'))}</h3>${written}</div>` : '',
      found.length === 0 && !written
        ? `<p class="empty">${escapeHtml(t('bottlenecks.none'))}</p>`
        : '',
    ].join('\n'),
  });

  const rows = [...numbers.keys()].map(
    (f) =>
      `<tr><td class="key">${escapeHtml(f.key)}</td><td><a href="#${figureId(f)}">${escapeHtml(f.title)}</a></td><td>${escapeHtml(t(`criteria.${f.criterion}.name`))}</td><td>${escapeHtml(f.definition)}</td></tr>`,
  );
  out.push({
    id: 'annex',
    title: t('annex.title'),
    html: [
      `<p class="muted">${escapeHtml(t('annex.intro'))}</p>`,
      `<table class="annex"><thead><tr><th scope="col">${escapeHtml(t('annex.key'))}</th><th scope="col">${escapeHtml(t('annex.indicator'))}</th><th scope="col">${escapeHtml(t('annex.criterion'))}</th><th scope="col">${escapeHtml(t('annex.definition'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      `<p class="note">${escapeHtml(t('nullCells'))}</p>`,
    ].join('\n'),
  });
  return out;
}

function coverHtml(bulletin: TBulletin, list: Chapter[]): string {
  const { program, filters, language, edition } = bulletin;
  const t = words(language);
  const chosen = filterLines(bulletin);
  const meta = [t('generated', { date: longInstant(bulletin.generatedAt, language) })];
  if (edition.updatedByName && edition.updatedAt)
    meta.push(
      t('textsBy', { name: edition.updatedByName, date: longInstant(edition.updatedAt, language) }),
    );
  const toc = list.map((c) => `<li><a href="#${c.id}">${escapeHtml(c.title)}</a></li>`).join('');
  return `<section class="cover">
<p class="org">${escapeHtml(program.organizationName)}</p>
<p class="kicker">${escapeHtml(t('title'))}</p>
<h1>${escapeHtml(program.name)}</h1>
<p class="muted">${escapeHtml(program.code)} · ${escapeHtml(t('cycle', { start: longDate(program.cycleStart, language), end: longDate(program.cycleEnd, language) }))}</p>
<p class="asof">${escapeHtml(t('asOf', { date: longDate(filters.asOf, language) }))}</p>
<p class="muted">${escapeHtml(t('period', { from: longDate(filters.from, language) }))}</p>
<div class="filters">${
    chosen.length > 0
      ? `<p><strong>${escapeHtml(t('filters.title'))}</strong></p>${chosen.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}`
      : `<p>${escapeHtml(t('wholeProgram'))}</p>`
  }</div>
<nav class="toc" aria-label="${escapeHtml(t('contents'))}"><h2>${escapeHtml(t('contents'))}</h2><ol>${toc}</ol></nav>
<p class="meta">${meta.map(escapeHtml).join('<br>')}</p>
</section>`;
}

const chapterHtml = (c: Chapter) =>
  `<section class="chapter" id="${c.id}">\n<h2>${c.number ? `<span class="num">${c.number}.</span>` : ''}${escapeHtml(c.title)}</h2>\n${c.html}\n</section>`;

/** The bulletin as a complete printable HTML page. */
export function bulletinHtml(bulletin: TBulletin, options: { maps?: MapData } = {}): string {
  const t = words(bulletin.language);
  const list = chapters(bulletin, options.maps);
  const title = `${t('title')} · ${bulletin.program.name} · ${t('asOf', { date: longDate(bulletin.filters.asOf, bulletin.language) })}`;
  return `<!doctype html>
<html lang="${bulletin.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Palanca">
<title>${escapeHtml(title)}</title>
<style>${css(bulletin)}</style>
</head>
<body>
<main class="page">
${coverHtml(bulletin, list)}
${list.map(chapterHtml).join('\n')}
</main>
</body>
</html>
`;
}
