import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatChineseDate, type IsoDate } from '../../core/dates.js';

/**
 * The one layout of official documents (公文格式, GB/T 9704-2012) that every
 * Word document of Ducha comes from: notices, bulletins, an item's 督办单.
 * Callers give the parts of the document; this module knows the paper, the
 * fonts, the sizes and where each part goes.
 *
 * GB/T 9704 in numbers: A4; margins top 37 mm, left 28 mm (the text block
 * 156 × 225 mm); body in 3号仿宋 (16 pt), 22 lines of 28 characters, so a fixed
 * 28.95 pt line; title in 2号小标宋 (22 pt); issuer's mark in red; 一、 headings
 * in 黑体, （一） in 楷体; the issuer and date at the bottom right with room for
 * the seal; page numbers `— 1 —` in 4号宋体 at the outer bottom.
 */

/** One block of the body: a paragraph, a heading, or a table (e.g. a 督办单's form). */
export type BodyBlock =
  | string
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'table'; rows: string[][]; header?: boolean; widths?: number[] };

export interface OfficialDocument {
  /** 发文机关, e.g. `某某区人民政府督察室`: the red mark at the top and the signature at the bottom. */
  issuer: string;
  /** 发文字号, e.g. `督通〔2026〕12号`. */
  number?: string | null;
  title: string;
  /** 主送机关, e.g. `区住建局`; written with a closing colon. */
  addressee?: string | null;
  body: BodyBlock[];
  /** 成文日期, written 2026年11月27日. */
  date: IsoDate;
  /** Who signs; the issuer when absent. */
  signature?: string;
  /** 附件: one line each, numbered when more than one. */
  attachments?: string[];
  /** 抄送. */
  cc?: string | null;
  /** Font choices, for offices that use other fonts; the defaults follow the standard. */
  fonts?: Partial<OfficialFonts>;
}

/**
 * Font names written into the document. Word, WPS and LibreOffice substitute a
 * similar installed font when one is missing (the Windows names below are what
 * offices have; LibreOffice maps them through fontconfig), so the document opens
 * everywhere and prints as intended where the fonts exist.
 */
export interface OfficialFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  pageNumber: string;
}

export const DEFAULT_FONTS: OfficialFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};

/** Font sizes in half-points, as Word counts them: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, mark: 60, table: 28 };
/** A fixed line of 28.95 pt (579 twips) gives 22 lines in the 225 mm text block. */
const LINE = 579;
const RED = 'C00000';

const run = (text: string, font: string, size: number, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: { name: font, eastAsia: font }, size, ...extra });

const fixedLine = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Renders the document as .docx bytes. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const fonts = { ...DEFAULT_FONTS, ...doc.fonts };
  const body = (
    text: string,
    opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
  ) =>
    new Paragraph({
      children: [run(text, fonts.body, SIZE.body)],
      spacing: fixedLine,
      alignment: opts.align ?? AlignmentType.JUSTIFIED,
      // Two characters of first-line indent: 2 × 16 pt = 640 twips.
      indent: opts.indent === false ? undefined : { firstLine: 640 },
    });
  const blank = () => new Paragraph({ children: [], spacing: fixedLine });

  const children: (Paragraph | Table)[] = [];
  // 版头: the issuer's mark in red, the number, and the red separating line.
  children.push(
    new Paragraph({
      children: [run(doc.issuer, fonts.title, SIZE.mark, { color: RED })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
    }),
  );
  if (doc.number)
    children.push(
      new Paragraph({
        children: [run(doc.number, fonts.body, SIZE.body)],
        alignment: AlignmentType.CENTER,
        spacing: fixedLine,
      }),
    );
  children.push(
    new Paragraph({
      children: [],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } },
      spacing: { before: 0, after: 480 },
    }),
  );
  // 标题: one line or several, centred, 2号小标宋; a blank line after.
  children.push(
    new Paragraph({
      children: [run(doc.title, fonts.title, SIZE.title)],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
    }),
    blank(),
  );
  if (doc.addressee) children.push(body(`${doc.addressee}：`, { indent: false }));
  for (const block of doc.body) {
    if (typeof block === 'string') children.push(body(block));
    else if (block.kind === 'heading')
      children.push(
        new Paragraph({
          children: [run(block.text, block.level === 1 ? fonts.heading1 : fonts.heading2, SIZE.body)],
          spacing: fixedLine,
          indent: { firstLine: 640 },
        }),
      );
    else children.push(formTable(block, fonts.body));
  }
  if (doc.attachments?.length) {
    children.push(blank());
    doc.attachments.forEach((a, i) => {
      const lead = i === 0 ? '附件：' : '　　　';
      const label = doc.attachments && doc.attachments.length > 1 ? `${i + 1}. ${a}` : a;
      children.push(body(`${lead}${label}`));
    });
  }
  // 落款: the signature and the date at the right, with three lines of room above for the seal (印章).
  children.push(blank(), blank(), blank());
  const rightIndent = { right: 1280 }; // 4 characters from the right edge, as the standard places the date.
  children.push(
    new Paragraph({
      children: [run(doc.signature ?? doc.issuer, fonts.body, SIZE.body)],
      alignment: AlignmentType.RIGHT,
      spacing: fixedLine,
      indent: rightIndent,
    }),
    new Paragraph({
      children: [run(formatChineseDate(doc.date, true), fonts.body, SIZE.body)],
      alignment: AlignmentType.RIGHT,
      spacing: fixedLine,
      indent: { right: 640 },
    }),
  );
  if (doc.cc) {
    children.push(blank());
    children.push(
      new Paragraph({
        children: [run(`抄送：${doc.cc}。`, fonts.body, SIZE.pageNumber)],
        spacing: fixedLine,
        border: {
          top: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 },
        },
        indent: { left: 280, right: 280 },
      }),
    );
  }

  const document = new Document({
    creator: 'Ducha 督察台账',
    title: doc.title,
    styles: {
      default: { document: { run: { font: { name: fonts.body, eastAsia: fonts.body }, size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
              footer: convertMillimetersToTwip(20),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: { name: fonts.pageNumber, eastAsia: fonts.pageNumber },
                    size: SIZE.pageNumber,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The 156 mm text block in twips, shared among a table's columns. */
const TEXT_WIDTH = convertMillimetersToTwip(156);

function formTable(block: Extract<BodyBlock, { kind: 'table' }>, font: string): Table {
  const columns = Math.max(...block.rows.map((r) => r.length));
  const weights = block.widths ?? Array.from({ length: columns }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: block.rows.map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((text, c) => {
            // A row shorter than the table lets its last cell span the rest (a wide field such as 督办内容).
            const span = c === cells.length - 1 ? columns - cells.length + 1 : 1;
            const labelCell = c % 2 === 0 && cells.length > 1;
            return new TableCell({
              columnSpan: span,
              width: { size: widths.slice(c, c + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              children: text.split('\n').map(
                (line) =>
                  new Paragraph({
                    alignment:
                      labelCell || (block.header && r === 0) ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: { line: 400, lineRule: LineRuleType.AT_LEAST },
                    children: [run(line, font, SIZE.table, { bold: labelCell || (block.header && r === 0) })],
                  }),
              ),
            });
          }),
        }),
    ),
  });
}
