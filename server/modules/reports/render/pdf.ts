/**
 * The bulletin as a PDF, drawn with pdfkit (pure JavaScript, no browser): a cover with the
 * contents, the program summary, one chapter per OECD-DAC criterion with its figures (the chart as
 * vector graphics from the ECharts SVG, the table breaking across pages under a repeated header,
 * the definition), maps, bottlenecks and the annex of definitions; page numbers and the program
 * in the footer, bookmarks and links in the contents. Standard Helvetica (WinAnsi): characters it
 * lacks become "?".
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
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

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 52, right: 52 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;

const INK = '#1c2130';
const MUTED = '#5b6272';
const ACCENT = '#0072B2';
const RULE = '#d7dbe2';
const SOFT = '#f3f6fa';
const ZEBRA = '#f7f8fa';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';

/** Windows-1252 beyond Latin-1: what the standard fonts can draw besides U+0020–U+007E, U+00A0–U+00FF. */
const CP1252 = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard fonts can draw: other characters become "?" (spaces stay spaces). */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252.has(ch))
      out += ch;
    else if (ch === '\n') out += ch;
    else if (/\s/u.test(ch)) out += ' ';
    else out += '?';
  }
  return out;
}

/** The figure with every text drawable, for the SVG drawn into the PDF. */
function drawableFigure(figure: TFigure): TFigure {
  return {
    ...figure,
    title: winAnsi(figure.title),
    columns: figure.columns.map((c) => ({ ...c, label: winAnsi(c.label) })),
    rows: figure.rows.map((r) =>
      r.map((cell) => (typeof cell === 'string' ? winAnsi(cell) : cell)),
    ),
  };
}

/**
 * The SVG as svg-to-pdfkit draws it well: no fixed size on the root (it scales to its viewBox),
 * and no white halo around labels (it knows no `paint-order`, so the halo would cover the text).
 */
const scalable = (svg: string) =>
  svg
    .replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1')
    .replace(/<text [^>]*paint-order="stroke"[^>]*>/g, (tag) =>
      tag.replace(
        / (stroke|stroke-width|stroke-opacity|stroke-miterlimit|paint-order)="[^"]*"/g,
        '',
      ),
    );

function drawSvg(doc: Doc, svg: string, size: { width: number; height: number }) {
  const height = (WIDTH * size.height) / size.width;
  SVGtoPDF(doc, scalable(svg), MARGIN.left, doc.y, {
    width: WIDTH,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
    warningCallback: () => {},
  });
  doc.y += height;
}

/** Starts a new page when `height` points do not fit on this one. */
function keep(doc: Doc, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function write(
  doc: Doc,
  text: string,
  style: {
    font?: string;
    size?: number;
    color?: string;
    gap?: number;
  } & PDFKit.Mixins.TextOptions = {},
) {
  const { font = REGULAR, size = 10, color = INK, gap = 0, ...options } = style;
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(winAnsi(text), { width: WIDTH, lineGap: 1.5, ...options });
  if (gap) doc.y += gap;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface TableColumn {
  header: string;
  align: 'left' | 'right';
  /** Text that may wrap (labels, definitions); numbers never wrap. */
  wrap: boolean;
  font?: string;
}

interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  /** The last row is a total (bold, a rule above). */
  totalRow: boolean;
}

const PAD_X = 3.5;
const PAD_Y = 2.6;
const SIZES = [9, 8, 7];

function widthOf(doc: Doc, text: string, font: string, size: number) {
  return doc.font(font).fontSize(size).widthOfString(text);
}

/** pdfkit measures a word with the space after it when it wraps a line. */
const longestWord = (doc: Doc, text: string, font: string, size: number) =>
  Math.max(0, ...text.split(/\s+/).map((w) => widthOf(doc, `${w} `, font, size)));

/** Column widths at this size, or null when the table does not fit the page width. */
function layout(doc: Doc, spec: TableSpec, size: number): number[] | null {
  const natural = spec.columns.map((c, i) => {
    const font = c.font ?? REGULAR;
    const cells = spec.rows.map((r, j) =>
      widthOf(doc, r[i] ?? '', spec.totalRow && j === spec.rows.length - 1 ? BOLD : font, size),
    );
    return Math.max(longestWord(doc, c.header, BOLD, size), ...cells) + 2 * PAD_X + 1;
  });
  const minimum = spec.columns.map((c, i) => {
    if (!c.wrap) return natural[i]!;
    const font = c.font ?? REGULAR;
    const words = Math.max(
      longestWord(doc, c.header, BOLD, size),
      ...spec.rows.map((r) => longestWord(doc, r[i] ?? '', font, size)),
    );
    return Math.min(natural[i]!, Math.max(words + 2 * PAD_X + 1, 60));
  });
  const sumMin = minimum.reduce((a, b) => a + b, 0);
  if (sumMin > WIDTH) return null;
  const sumNatural = natural.reduce((a, b) => a + b, 0);
  if (sumNatural <= WIDTH) {
    // Everything fits on one line: the spare width is shared in proportion.
    return natural.map((w) => (w * WIDTH) / sumNatural);
  }
  // Wrapping columns share what the others leave, in proportion to their natural width.
  const fixed = spec.columns.reduce((a, c, i) => a + (c.wrap ? 0 : natural[i]!), 0);
  const wrapNatural = spec.columns.reduce((a, c, i) => a + (c.wrap ? natural[i]! : 0), 0);
  const room = WIDTH - fixed;
  const widths = spec.columns.map((c, i) =>
    c.wrap ? Math.max(minimum[i]!, (natural[i]! * room) / wrapNatural) : natural[i]!,
  );
  // Minimums may push the sum over: take the excess from the widest wrapping column.
  const excess = widths.reduce((a, b) => a + b, 0) - WIDTH;
  if (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (spec.columns[i]!.wrap && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest >= 0) widths[widest] = widths[widest]! - excess;
  }
  return widths;
}

function cellHeight(doc: Doc, text: string, width: number, font: string, size: number) {
  return doc
    .font(font)
    .fontSize(size)
    .heightOfString(text || ' ', { width: width - 2 * PAD_X, lineGap: 0.5 });
}

function drawRow(
  doc: Doc,
  cells: string[],
  spec: TableSpec,
  widths: number[],
  size: number,
  kind: 'header' | 'body' | 'total',
  zebra: boolean,
) {
  const fontOf = (c: TableColumn) => (kind === 'body' ? (c.font ?? REGULAR) : BOLD);
  const height =
    Math.max(
      ...cells.map((t, i) => cellHeight(doc, t, widths[i]!, fontOf(spec.columns[i]!), size)),
    ) +
    2 * PAD_Y;
  const top = doc.y;
  if (zebra) doc.rect(MARGIN.left, top, WIDTH, height).fill(ZEBRA);
  let x = MARGIN.left;
  cells.forEach((text, i) => {
    const column = spec.columns[i]!;
    const w = widths[i]!;
    const textHeight = cellHeight(doc, text, w, fontOf(column), size);
    doc
      .font(fontOf(column))
      .fontSize(size)
      .fillColor(INK)
      .text(text, x + PAD_X, kind === 'header' ? top + height - PAD_Y - textHeight : top + PAD_Y, {
        width: w - 2 * PAD_X,
        align: column.align,
        lineGap: 0.5,
      });
    x += w;
  });
  const y = top + height;
  if (kind === 'total')
    doc
      .moveTo(MARGIN.left, top)
      .lineTo(MARGIN.left + WIDTH, top)
      .lineWidth(1)
      .strokeColor(INK)
      .stroke();
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(MARGIN.left + WIDTH, y)
    .lineWidth(kind === 'header' ? 1 : 0.4)
    .strokeColor(kind === 'header' ? INK : RULE)
    .stroke();
  doc.x = MARGIN.left;
  doc.y = y;
}

function rowHeight(
  doc: Doc,
  cells: string[],
  spec: TableSpec,
  widths: number[],
  size: number,
  bold: boolean,
) {
  return (
    Math.max(
      ...cells.map((t, i) =>
        cellHeight(doc, t, widths[i]!, bold ? BOLD : (spec.columns[i]!.font ?? REGULAR), size),
      ),
    ) +
    2 * PAD_Y
  );
}

/** A table that breaks across pages with its header repeated; `lead` is a line kept above it. */
function drawTable(doc: Doc, spec: TableSpec, size: number, widths: number[], lead?: string) {
  const header = spec.columns.map((c) => winAnsi(c.header));
  const rows = spec.rows.map((r) => r.map(winAnsi));
  const headerHeight = rowHeight(doc, header, spec, widths, size, true);
  // A short table stays whole; a long one starts with at least a few rows under its header.
  const opening = rows
    .slice(0, rows.length <= 8 ? rows.length : 3)
    .reduce(
      (sum, r, i) =>
        sum + rowHeight(doc, r, spec, widths, size, spec.totalRow && i === rows.length - 1),
      0,
    );
  const leadStyle = { size: 7.5, color: MUTED, font: ITALIC, gap: 2 };
  keep(doc, headerHeight + opening + (lead ? 14 : 0));
  if (lead) write(doc, lead, leadStyle);
  drawRow(doc, header, spec, widths, size, 'header', false);
  rows.forEach((cells, i) => {
    const total = spec.totalRow && i === rows.length - 1;
    const h = rowHeight(doc, cells, spec, widths, size, total);
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      drawRow(doc, header, spec, widths, size, 'header', false);
    }
    drawRow(doc, cells, spec, widths, size, total ? 'total' : 'body', !total && i % 2 === 1);
  });
  doc.y += 4;
}

/**
 * A figure's table: the largest font from 9 to 7 points at which it fits the page width; a table
 * still too wide is cut into parts of columns, each repeating the label column.
 */
function figureTable(doc: Doc, figure: TFigure, language: Language, continued: string) {
  const columns: TableColumn[] = figure.columns.map((c) => ({
    header: c.label,
    align: isNumeric(c) ? 'right' : 'left',
    wrap: !isNumeric(c),
  }));
  const rows = figure.rows.map((r) =>
    figure.columns.map((c, i) => formatCell(figure, c, r[i], language)),
  );
  const spec: TableSpec = { columns, rows, totalRow: figure.totalRow };
  const fit = fitTable(doc, spec);
  if (fit) return drawTable(doc, spec, fit.size, fit.widths);
  // Too wide even at 7 points: parts of the value columns, each after the label column.
  const parts: number[][] = [];
  let part: number[] = [];
  for (let i = 1; i < columns.length; i++) {
    if (part.length > 0 && !layout(doc, pick(spec, [0, ...part, i]), SIZES[1]!)) {
      parts.push(part);
      part = [];
    }
    part.push(i);
  }
  if (part.length > 0) parts.push(part);
  // Every part in the same size: the smallest any of them needs.
  const subs = parts.map((p) => pick(spec, [0, ...p]));
  const size = Math.min(...subs.map((sub) => fitTable(doc, sub)?.size ?? evenly(sub).size));
  subs.forEach((sub, n) =>
    drawTable(
      doc,
      sub,
      size,
      layout(doc, sub, size) ?? evenly(sub).widths,
      n > 0 ? continued : undefined,
    ),
  );
}

/** The largest font size at which the table fits the page width, with its column widths. */
function fitTable(doc: Doc, spec: TableSpec): { size: number; widths: number[] } | null {
  for (const size of SIZES) {
    const widths = layout(doc, spec, size);
    if (widths) return { size, widths };
  }
  return null;
}

const evenly = (spec: TableSpec) => ({
  size: SIZES[SIZES.length - 1]!,
  widths: spec.columns.map(() => WIDTH / spec.columns.length),
});

function pick(spec: TableSpec, indexes: number[]): TableSpec {
  return {
    ...spec,
    columns: indexes.map((i) => spec.columns[i]!),
    rows: spec.rows.map((r) => indexes.map((i) => r[i] ?? '')),
  };
}

// ---------------------------------------------------------------------------------------------
// The document

interface ChapterMark {
  id: string;
  title: string;
  page: number;
}

function heading(doc: Doc, marks: ChapterMark[], id: string, title: string) {
  doc.addPage();
  const { start, count } = doc.bufferedPageRange();
  const page = start + count - 1;
  marks.push({ id, title, page });
  doc.addNamedDestination(id);
  const item = doc.outline.addItem(winAnsi(title));
  write(doc, title, { font: BOLD, size: 18, color: ACCENT });
  doc
    .moveTo(MARGIN.left, doc.y + 2)
    .lineTo(MARGIN.left + WIDTH, doc.y + 2)
    .lineWidth(1.5)
    .strokeColor(ACCENT)
    .stroke();
  doc.y += 12;
  return item;
}

function prose(doc: Doc, text: string, size = 10) {
  for (const p of paragraphs(text)) write(doc, p, { size, gap: 5 });
}

function analysis(doc: Doc, label: string, text: string) {
  if (paragraphs(text).length === 0) return;
  keep(doc, 60);
  const top = doc.y;
  write(doc, label.toUpperCase(), {
    font: BOLD,
    size: 8,
    color: MUTED,
    gap: 3,
    characterSpacing: 0.4,
  });
  doc.x = MARGIN.left + 10;
  for (const p of paragraphs(text)) {
    doc
      .font(REGULAR)
      .fontSize(10)
      .fillColor(INK)
      .text(winAnsi(p), MARGIN.left + 10, doc.y, {
        width: WIDTH - 10,
        lineGap: 1.5,
      });
    doc.y += 5;
  }
  // The rule beside the text, on the page where it ends.
  const start = doc.y > top ? top : MARGIN.top;
  doc
    .moveTo(MARGIN.left + 1, start)
    .lineTo(MARGIN.left + 1, doc.y - 4)
    .lineWidth(2)
    .strokeColor(RULE)
    .stroke();
  doc.x = MARGIN.left;
  doc.y += 8;
}

function emptyBox(doc: Doc, text: string) {
  keep(doc, 30);
  const top = doc.y;
  doc.rect(MARGIN.left, top, WIDTH, 24).fill(SOFT);
  doc
    .font(ITALIC)
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(winAnsi(text), MARGIN.left + 8, top + 7.5, {
      width: WIDTH - 16,
    });
  doc.x = MARGIN.left;
  doc.y = top + 32;
}

function caption(doc: Doc, label: string, title: string) {
  doc
    .font(BOLD)
    .fontSize(11.5)
    .fillColor(ACCENT)
    .text(`${winAnsi(label)}  `, MARGIN.left, doc.y, { width: WIDTH, continued: true })
    .fillColor(INK)
    .text(winAnsi(title));
  doc.y += 2;
}

function figureBlock(
  doc: Doc,
  bulletin: TBulletin,
  figure: TFigure,
  n: number,
  outline: PDFKit.PDFOutline,
) {
  const t = words(bulletin.language);
  const drawable = drawableFigure(figure);
  const empty = isEmptyFigure(figure);
  const size = { width: CHART_WIDTH, height: chartHeight(figure), language: bulletin.language };
  const label = t('figure', { number: n });
  // The caption stays with the chart, and with the start of the table when the page allows.
  const captionHeight = doc
    .font(BOLD)
    .fontSize(11.5)
    .heightOfString(winAnsi(`${label}  ${figure.title}`), { width: WIDTH });
  const head = captionHeight + 16 + (empty ? 40 : (WIDTH * size.height) / size.width + 8);
  const rows = figure.rows.length;
  const tableStart = empty ? 0 : 24 + (rows <= 8 ? rows : 3) * 15;
  keep(doc, head + tableStart <= BOTTOM - MARGIN.top ? head + tableStart : head);
  outline.addItem(winAnsi(`${label}. ${figure.title}`));
  caption(doc, label, figure.title);
  write(
    doc,
    t(`basis.${figure.basis}`, { date: longDate(bulletin.filters.asOf, bulletin.language) }),
    {
      size: 7.5,
      color: MUTED,
      gap: 4,
    },
  );
  if (empty) emptyBox(doc, t('empty'));
  else {
    drawSvg(doc, figureSvg(drawable, size), size);
    doc.y += 4;
    figureTable(doc, figure, bulletin.language, t('continued', { title: figure.title }));
  }
  keep(doc, 24);
  doc
    .font(BOLD)
    .fontSize(7.5)
    .fillColor(INK)
    .text(`${winAnsi(t('definition'))}. `, MARGIN.left, doc.y, {
      width: WIDTH,
      continued: true,
      lineGap: 1,
    })
    .font(REGULAR)
    .fillColor(MUTED)
    .text(winAnsi(figure.definition));
  if (figure.suppressedCells > 0 && bulletin.smallCellThreshold !== null)
    write(
      doc,
      t('suppressed', { count: figure.suppressedCells, threshold: bulletin.smallCellThreshold }),
      {
        size: 7.5,
        color: MUTED,
      },
    );
  doc.y += 18;
}

function cover(doc: Doc, bulletin: TBulletin): number {
  const { program, filters, language, edition } = bulletin;
  const t = words(language);
  doc.rect(0, 0, PAGE.width, 10).fill(ACCENT);
  doc.y = 130;
  write(doc, program.organizationName.toUpperCase(), {
    size: 10.5,
    color: MUTED,
    characterSpacing: 0.8,
    gap: 36,
  });
  write(doc, t('title'), { font: BOLD, size: 14, color: ACCENT, gap: 6 });
  write(doc, program.name, { font: BOLD, size: 28, gap: 6 });
  write(
    doc,
    `${program.code} · ${t('cycle', { start: longDate(program.cycleStart, language), end: longDate(program.cycleEnd, language) })}`,
    { size: 9.5, color: MUTED, gap: 18 },
  );
  write(doc, t('asOf', { date: longDate(filters.asOf, language) }), { size: 16, gap: 3 });
  write(doc, t('period', { from: longDate(filters.from, language) }), {
    size: 9.5,
    color: MUTED,
    gap: 12,
  });
  const chosen = filterLines(bulletin);
  const lines = chosen.length > 0 ? [t('filters.title'), ...chosen] : [t('wholeProgram')];
  const top = doc.y;
  const boxHeight = lines.length * 14 + 12;
  doc.rect(MARGIN.left, top, WIDTH, boxHeight).fill(SOFT);
  doc.rect(MARGIN.left, top, 3, boxHeight).fill(ACCENT);
  doc.y = top + 7;
  lines.forEach((line, i) =>
    doc
      .font(i === 0 && chosen.length > 0 ? BOLD : REGULAR)
      .fontSize(10)
      .fillColor(INK)
      .text(winAnsi(line), MARGIN.left + 12, doc.y, { width: WIDTH - 24, lineGap: 3.5 }),
  );
  doc.x = MARGIN.left;
  doc.y = top + boxHeight + 30;
  write(doc, t('contents'), { font: BOLD, size: 12, gap: 6 });
  const tocTop = doc.y;
  const meta = [t('generated', { date: longInstant(bulletin.generatedAt, language) })];
  if (edition.updatedByName && edition.updatedAt)
    meta.push(
      t('textsBy', { name: edition.updatedByName, date: longInstant(edition.updatedAt, language) }),
    );
  doc.y = PAGE.height - MARGIN.bottom - 30;
  for (const line of meta) write(doc, line, { size: 8, color: MUTED });
  return tocTop;
}

/** The contents on the cover, once the chapters know their pages; each line links to its chapter. */
function contents(doc: Doc, marks: ChapterMark[], top: number) {
  doc.switchToPage(0);
  let y = top;
  for (const m of marks) {
    const title = winAnsi(m.title);
    const page = String(m.page + 1);
    doc.font(REGULAR).fontSize(10).fillColor(INK);
    const pageWidth = doc.widthOfString(page);
    doc.text(title, MARGIN.left, y, { width: WIDTH - 40, lineBreak: false });
    const titleWidth = doc.widthOfString(title);
    // Dotted leader to the page number.
    doc
      .moveTo(MARGIN.left + titleWidth + 6, y + 8)
      .lineTo(MARGIN.left + WIDTH - pageWidth - 6, y + 8)
      .dash(0.8, { space: 2.2 })
      .lineWidth(0.6)
      .strokeColor(MUTED)
      .stroke()
      .undash();
    doc.text(page, MARGIN.left + WIDTH - pageWidth, y, { lineBreak: false });
    doc.goTo(MARGIN.left, y - 2, WIDTH, 15, m.id);
    y += 17;
  }
}

function footers(doc: Doc, bulletin: TBulletin) {
  const t = words(bulletin.language);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would open a page of its own.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
    const page = winAnsi(t('pageOf', { page: i + 1, pages: count }));
    const pageWidth = doc.widthOfString(page);
    doc.text(winAnsi(bulletin.program.name), MARGIN.left, y, {
      width: WIDTH - pageWidth - 20,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(page, MARGIN.left + WIDTH - pageWidth, y, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function summaryChapter(doc: Doc, bulletin: TBulletin) {
  const { summary, language, edition } = bulletin;
  // Rows of four, or of three when that leaves no lone box.
  const perRow =
    summary.length <= 4 ? Math.max(1, summary.length) : summary.length % 4 === 1 ? 3 : 4;
  const gap = 10;
  const boxWidth = (WIDTH - gap * (perRow - 1)) / perRow;
  for (let i = 0; i < summary.length; i += perRow) {
    const items = summary.slice(i, i + perRow);
    const labelHeight = Math.max(
      ...items.map((s) =>
        doc
          .font(REGULAR)
          .fontSize(8.5)
          .heightOfString(winAnsi(s.label), { width: boxWidth - 16 }),
      ),
    );
    const height = 44 + labelHeight;
    keep(doc, height + gap);
    const top = doc.y;
    items.forEach((s, j) => {
      const x = MARGIN.left + j * (boxWidth + gap);
      doc.rect(x, top, boxWidth, height).fill(SOFT);
      doc.rect(x, top, boxWidth, 2.5).fill(ACCENT);
      // Long amounts get a smaller size rather than leaving the box.
      const value = winAnsi(formatSummary(s, language));
      let size = 20;
      while (size > 9 && widthOf(doc, value, BOLD, size) > boxWidth - 16) size -= 1;
      doc
        .font(BOLD)
        .fontSize(size)
        .fillColor(INK)
        .text(value, x + 8, top + 10 + (20 - size) / 2, {
          width: boxWidth - 16,
          lineBreak: false,
        });
      doc
        .font(REGULAR)
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(winAnsi(s.label), x + 8, top + 36, {
          width: boxWidth - 16,
        });
    });
    doc.x = MARGIN.left;
    doc.y = top + height + gap;
  }
  doc.y += 10;
  prose(doc, edition.texts.summary);
}

/** The bulletin as a PDF file. */
export async function bulletinPdf(
  bulletin: TBulletin,
  options: { maps?: MapData } = {},
): Promise<Buffer> {
  const { language, program, filters, edition } = bulletin;
  const t = words(language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: language === 'es' ? 'es-CO' : 'en-US',
    displayTitle: true,
    info: {
      Title: winAnsi(
        `${t('title')} · ${program.name} · ${t('asOf', { date: longDate(filters.asOf, language) })}`,
      ),
      Author: winAnsi(program.organizationName),
      Subject: winAnsi(program.name),
      Creator: 'Palanca',
      Producer: 'Palanca',
      CreationDate: new Date(bulletin.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const tocTop = cover(doc, bulletin);
  const marks: ChapterMark[] = [];
  const numbers = numberedFigures(bulletin);

  heading(doc, marks, 'summary', t('summary.title'));
  summaryChapter(doc, bulletin);

  CRITERIA.forEach((criterion, i) => {
    const outline = heading(doc, marks, criterion, `${i + 1}. ${t(`criteria.${criterion}.name`)}`);
    write(doc, t(`criteria.${criterion}.meaning`), {
      font: ITALIC,
      size: 11,
      color: MUTED,
      gap: 10,
    });
    analysis(doc, t('analysis'), edition.texts[criterion]);
    const figures = figuresOf(bulletin, criterion);
    if (figures.length === 0) emptyBox(doc, t('noFigures'));
    for (const f of figures) figureBlock(doc, bulletin, f, numbers.get(f) ?? 0, outline);
  });

  const mapped = options.maps ? mapFigures(bulletin) : [];
  if (options.maps && mapped.length > 0) {
    heading(doc, marks, 'maps', t('maps.title'));
    write(doc, t('maps.intro'), { size: 10, color: MUTED, gap: 10 });
    const height = (WIDTH * MAP_SIZE.height) / MAP_SIZE.width;
    mapped.forEach((f, i) => {
      const svg = mapSvg(drawableFigure(f), options.maps!, { ...MAP_SIZE, language });
      if (!svg) return;
      keep(doc, height + 50);
      caption(doc, t('map', { number: i + 1 }), f.title);
      const column = f.columns[f.map?.column ?? 0]?.label ?? '';
      write(
        doc,
        `${t('maps.shows', { column })} ${t('figure', { number: numbers.get(f) ?? 0 })}.`,
        {
          size: 7.5,
          color: MUTED,
          gap: 4,
        },
      );
      drawSvg(doc, svg, MAP_SIZE);
      doc.y += 18;
    });
  }

  heading(doc, marks, 'bottlenecks', t('bottlenecks.title'));
  if (bulletin.bottlenecks.length > 0) {
    write(doc, t('bottlenecks.found'), { font: BOLD, size: 11, gap: 6 });
    for (const b of bulletin.bottlenecks) {
      keep(doc, 30);
      doc
        .font(BOLD)
        .fontSize(9)
        .fillColor(ACCENT)
        .text(`${winAnsi(t(`criteria.${b.criterion}.name`))}  `, MARGIN.left + 10, doc.y, {
          width: WIDTH - 10,
          continued: true,
          lineGap: 1.5,
        })
        .font(REGULAR)
        .fontSize(10)
        .fillColor(INK)
        .text(winAnsi(b.text));
      doc.y += 5;
    }
    doc.x = MARGIN.left;
    doc.y += 8;
  }
  analysis(doc, t('analysis'), edition.texts.bottlenecks);
  if (bulletin.bottlenecks.length === 0 && paragraphs(edition.texts.bottlenecks).length === 0)
    emptyBox(doc, t('bottlenecks.none'));

  heading(doc, marks, 'annex', t('annex.title'));
  write(doc, t('annex.intro'), { size: 10, color: MUTED, gap: 8 });
  const annex: TableSpec = {
    columns: [
      { header: t('annex.key'), align: 'left', wrap: false },
      { header: t('annex.indicator'), align: 'left', wrap: true },
      { header: t('annex.criterion'), align: 'left', wrap: false },
      { header: t('annex.definition'), align: 'left', wrap: true },
    ],
    rows: [...numbers.keys()].map((f) => [
      f.key,
      f.title,
      t(`criteria.${f.criterion}.name`),
      f.definition,
    ]),
    totalRow: false,
  };
  const fit = fitTable(doc, annex) ?? evenly(annex);
  drawTable(doc, annex, fit.size, fit.widths);
  doc.y += 6;
  write(doc, t('nullCells'), { size: 7.5, color: MUTED });

  contents(doc, marks, tocTop);
  footers(doc, bulletin);
  doc.end();
  return done;
}
