/**
 * The certificate of completion of a training track, drawn with pdf-lib (pure JavaScript, no
 * browser): program, business and owner, track, modules with the date each was completed, and the
 * date issued. Standard fonts only (WinAnsi): characters they lack are replaced.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { translate } from '../../../shared/i18n/index.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';

export interface CertificateData {
  locale: TLocale;
  programName: string;
  businessName: string;
  ownerName: string;
  trackName: string;
  modules: Array<{ title: string; durationMinutes: number; completedAt: Date | null }>;
  issuedAt: Date;
}

/** Program days are Colombian days. */
const TIME_ZONE = 'America/Bogota';
const INK = rgb(0.11, 0.13, 0.2);
const MUTED = rgb(0.35, 0.38, 0.45);
const ACCENT = rgb(0.1, 0.42, 0.36);

/** Keeps the characters the font can draw (WinAnsi); others become "?". */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.normalize('NFC')) out += known.has(ch.codePointAt(0)!) ? ch : '?';
  return out;
}

/** Shortens a line to fit `width`, with an ellipsis. */
function fit(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function centered(
  page: PDFPage,
  font: PDFFont,
  text: string,
  y: number,
  size: number,
  color = INK,
) {
  const { width } = page.getSize();
  const line = fit(font, drawable(font, text), size, width - 120);
  page.drawText(line, {
    x: (width - font.widthOfTextAtSize(line, size)) / 2,
    y,
    size,
    font,
    color,
  });
}

export async function renderCertificate(data: CertificateData): Promise<Uint8Array> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(data.locale, `ui.training.certificate.${key}`, params);
  const dateOf = (d: Date) =>
    new Intl.DateTimeFormat(data.locale === 'es' ? 'es-CO' : 'en-US', {
      dateStyle: 'long',
      timeZone: TIME_ZONE,
    }).format(d);

  const doc = await PDFDocument.create();
  doc.setTitle(`${t('title')} · ${data.trackName}`);
  doc.setAuthor(data.programName);
  doc.setCreator('Palanca');
  doc.setProducer('Palanca');
  doc.setLanguage(data.locale === 'es' ? 'es-CO' : 'en-US');
  doc.setCreationDate(data.issuedAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  // A4 landscape.
  const page = doc.addPage([842, 595]);
  const { width, height } = page.getSize();
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: ACCENT,
    borderWidth: 2,
  });

  let y = height - 90;
  centered(page, regular, data.programName, y, 14, MUTED);
  y -= 44;
  centered(page, bold, t('title'), y, 28, ACCENT);
  y -= 40;
  centered(page, regular, t('grantedTo'), y, 12, MUTED);
  y -= 30;
  centered(page, bold, data.ownerName, y, 22);
  y -= 24;
  centered(page, regular, data.businessName, y, 14);
  y -= 34;
  centered(page, regular, t('completed'), y, 12, MUTED);
  y -= 26;
  centered(page, bold, data.trackName, y, 18, ACCENT);
  y -= 34;

  // The modules, one line each: title, hours, date completed.
  const left = 150;
  const right = width - 150;
  const size = data.modules.length > 8 ? 9 : 11;
  const step = size + 7;
  for (const m of data.modules) {
    if (y < 110) break;
    const when = m.completedAt ? dateOf(m.completedAt) : '';
    const minutes = t('minutes', { count: m.durationMinutes });
    const tail = drawable(regular, `${minutes} · ${when}`);
    const tailWidth = regular.widthOfTextAtSize(tail, size);
    const title = fit(
      regular,
      drawable(regular, `• ${m.title}`),
      size,
      right - left - tailWidth - 48,
    );
    page.drawText(title, { x: left, y, size, font: regular, color: INK });
    page.drawText(tail, { x: right - tailWidth, y, size, font: regular, color: MUTED });
    y -= step;
  }

  centered(page, regular, t('issued', { date: dateOf(data.issuedAt) }), 70, 11, MUTED);
  return doc.save();
}
