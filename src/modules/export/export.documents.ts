import fs from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

/**
 * Documents for the meeting (会议材料) as Word and PDF, from one model: a title, facts, then headed
 * sections of tables, charts and lines. The 项目预评估 report and the 招商通报 are such models. Text from
 * the graph is written as text runs, never interpreted.
 */

/** What the report shows, in the order it shows it: a title, facts, then headed tables and lists. */
export interface ReportModel {
  title: string;
  subtitle: string;
  facts: Array<[string, string]>;
  sections: Array<{
    heading: string;
    table?: { header: string[]; widths: number[]; rows: string[][] };
    /** A chart rendered on the server (PNG), with its size in pixels. */
    image?: { png: Buffer; width: number; height: number };
    lines?: string[];
  }>;
  footer: string;
}

const FONT_EAST_ASIA = '宋体';
const cell = (text: string, bold = false): TableCell =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });

/** The report as a Word document (East-Asian font set; the reader's Word or WPS renders it). */
export async function toDocx(m: ReportModel): Promise<Buffer> {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: m.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m.subtitle, bold: true, size: 28 })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: m.facts.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })),
    }),
  ];
  for (const s of m.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: s.heading, bold: true })] }));
    if (s.image)
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: s.image.png,
              transformation: { width: 600, height: Math.round((600 * s.image.height) / s.image.width) },
            }),
          ],
        }),
      );
    if (s.table) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: s.table.widths.map((w) => w * 90),
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [
            new TableRow({ tableHeader: true, children: s.table.header.map((h) => cell(h, true)) }),
            ...s.table.rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
          ],
        }),
      );
    }
    for (const line of s.lines ?? []) children.push(new Paragraph({ children: [new TextRun({ text: line, size: 21 })] }));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: m.footer, italics: true, size: 18, color: '666666' })] }));
  const doc = new Document({
    creator: 'nanan-chain-graph',
    title: `${m.title}：${m.subtitle}`,
    styles: {
      default: { document: { run: { font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: FONT_EAST_ASIA, cs: 'Arial' }, size: 21 } } },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A CJK font file the PDF can embed: the configured one, else Noto Sans CJK where Debian puts it. */
export interface PdfFont {
  file: string;
  /** The face within a collection (.ttc); undefined for a single font. */
  face?: string;
}
const FONT_CANDIDATES: PdfFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
];
export function findPdfFont(configured?: PdfFont): PdfFont | undefined {
  if (configured) return fs.existsSync(configured.file) ? configured : undefined;
  return FONT_CANDIDATES.find((f) => fs.existsSync(f.file));
}

/** The report as PDF (A4), the font embedded (subset) so any reader shows the Chinese. */
export function toPdf(m: ReportModel, font: PdfFont): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `${m.title}：${m.subtitle}`, Creator: 'nanan-chain-graph' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('zh', font.file, font.face);
  doc.font('zh');
  const width = doc.page.width - 96;
  doc.fontSize(20).text(m.title, { align: 'center' });
  doc.fontSize(14).text(m.subtitle, { align: 'center' }).moveDown();
  table(doc, { header: [], widths: [20, 80], rows: m.facts.map(([k, v]) => [k, v]) }, width);
  for (const s of m.sections) {
    doc.moveDown(0.6).fontSize(13).text(s.heading, 48);
    doc.moveDown(0.2);
    if (s.image) {
      const h = (width * s.image.height) / s.image.width;
      if (doc.y + h > doc.page.height - 48) doc.addPage();
      doc.image(s.image.png, 48, doc.y, { width });
      doc.y += h + 4;
    }
    if (s.table) table(doc, s.table, width);
    doc.fontSize(9.5);
    for (const line of s.lines ?? []) doc.text(line, 48, undefined, { width });
  }
  doc.moveDown().fontSize(8.5).fillColor('#666666').text(m.footer, 48, undefined, { width });
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, t: { header: string[]; widths: number[]; rows: string[][] }, width: number): void {
  const total = t.widths.reduce((s, w) => s + w, 0);
  const cols = t.widths.map((w) => (w / total) * width);
  const rows = t.header.length > 0 ? [t.header, ...t.rows] : t.rows;
  doc.fontSize(8.5);
  rows.forEach((row, i) => {
    const height = Math.max(...row.map((text, j) => doc.heightOfString(text || ' ', { width: cols[j] - 6 }))) + 6;
    if (doc.y + height > doc.page.height - 48) doc.addPage();
    const top = doc.y;
    let x = 48;
    row.forEach((text, j) => {
      doc.fillColor(i === 0 && t.header.length > 0 ? '#1f3b57' : '#000000').text(text || ' ', x + 3, top + 3, { width: cols[j] - 6 });
      doc.rect(x, top, cols[j], height).strokeColor('#aaaaaa').lineWidth(0.5).stroke();
      x += cols[j];
    });
    doc.fillColor('#000000');
    doc.y = top + height;
  });
  doc.x = 48;
}
