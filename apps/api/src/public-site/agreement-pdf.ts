/**
 * The 부속합의서 as a PDF in the form of the plan's appendix: the preamble naming both parties,
 * 제1조 (the table of projects: 추진목표 · 추진과제 · 세부사업 · 교육청 / 지자체 / 계 in 천원),
 * 제2조 (changes, with every consented amendment and its date), 제3조 (term), and the two
 * signature blocks with their dates — titles only, never a signatory's name. The Korean font is
 * KRDS's Pretendard GOV (SIL Open Font License, shipped in the krds-uiux package), embedded as a
 * subset of the glyphs the document uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { funders, goals, tasks } from '@gongron/domain';
import { agreementArticles, formatKoreanDate, thousandWon } from './agreement-text.js';
import type { AgreementForm } from './public-views.js';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('krds-uiux/package.json')), 'resources/fonts');
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The two weights as sfnt, read and unwrapped once per process. */
function koreanFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: woffToSfnt(readFileSync(join(fontDir, 'PretendardGOV-Regular.subset.woff'))),
    bold: woffToSfnt(readFileSync(join(fontDir, 'PretendardGOV-Bold.subset.woff'))),
  };
  return fonts;
}

/**
 * No OpenType features: the font's default shaping (its large GSUB/GPOS tables) costs fontkit tens
 * of milliseconds per word, and precomposed Hangul, digits and punctuation need none of it.
 */
const PLAIN = { features: [] as never[] };

const MARGIN = 56;
const PAGE_WIDTH = 595.28; // A4
const PAGE_HEIGHT = 841.89;
const CONTENT = PAGE_WIDTH - 2 * MARGIN;
/** Columns of 제1조's table: goal, task, project, 교육청, 지자체, 계. */
const COLUMNS = [58, 104, 131, 61, 61, 68] as const;

export function renderAgreementPdf(form: AgreementForm): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'ko-KR',
    displayTitle: true,
    info: { Title: agreementArticles(form).title, Subject: '미래교육협력지구 부속합의서', Creator: 'Gongron', Producer: 'Gongron' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { regular, bold } = koreanFonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const text = agreementArticles(form);

  doc
    .font('bold')
    .fontSize(17)
    .text(text.title, { ...PLAIN, align: 'center' });
  doc.moveDown(1.2);
  doc
    .font('regular')
    .fontSize(10.5)
    .text(text.preamble, { ...PLAIN, align: 'justify', lineGap: 3 });
  doc.moveDown(1);
  doc.font('bold').fontSize(11).text(text.article1, PLAIN);
  doc.moveDown(0.4);
  doc
    .font('regular')
    .fontSize(8.5)
    .text('(단위: 천원)', { ...PLAIN, align: 'right' });
  doc.moveDown(0.2);
  table(doc, form);
  doc.moveDown(1);

  doc.x = MARGIN;
  doc.font('bold').fontSize(11).text(text.article2, PLAIN);
  doc.font('regular').fontSize(10).moveDown(0.3);
  if (text.amendments.length === 0) doc.text(text.noAmendments, { ...PLAIN, indent: 10 });
  for (const line of text.amendments) doc.text(`· ${line}`, { ...PLAIN, indent: 10, lineGap: 2 });
  doc.moveDown(1);
  doc.font('bold').fontSize(11).text(text.article3, PLAIN);
  doc
    .font('regular')
    .fontSize(10)
    .moveDown(0.3)
    .text(text.term, { ...PLAIN, indent: 10, lineGap: 2 });
  doc.moveDown(1.5);
  signatures(doc, form);
  doc.moveDown(2);
  doc.x = MARGIN;
  doc
    .font('regular')
    .fontSize(7.5)
    .fillColor('#555555')
    .text(text.asOf, { ...PLAIN, align: 'left' });
  doc.end();
  return done;
}

type Doc = InstanceType<typeof PDFDocument>;

function row(doc: Doc, cells: readonly string[], options: { bold?: boolean; fill?: string } = {}): void {
  doc.font(options.bold ? 'bold' : 'regular').fontSize(8.5);
  const padding = 4;
  const heights = cells.map((cell, index) => doc.heightOfString(cell, { ...PLAIN, width: COLUMNS[index]! - 2 * padding }));
  const height = Math.max(...heights) + 2 * padding;
  if (doc.y + height > PAGE_HEIGHT - MARGIN) doc.addPage();
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]!;
    if (options.fill) doc.rect(x, top, width, height).fillAndStroke(options.fill, '#333333').fillColor('#000000');
    else doc.rect(x, top, width, height).lineWidth(0.6).stroke('#333333');
    doc
      .fillColor('#000000')
      .text(cell, x + padding, top + padding, { ...PLAIN, width: width - 2 * padding, align: index >= 3 ? 'right' : 'left' });
    x += width;
  });
  doc.y = top + height;
}

function table(doc: Doc, form: AgreementForm): void {
  row(doc, ['추진목표', '추진과제', '세부사업', '교육청', '지자체', '계'], { bold: true, fill: '#e8eef7' });
  for (const project of form.projects) {
    const task = tasks.find((candidate) => candidate.code === project.taskCode);
    const goal = goals.find((candidate) => candidate.code === (task?.goal ?? project.goal));
    row(doc, [
      goal ? `${goal.code}. ${goal.valueName}` : '',
      task ? `${task.code} ${task.title}` : (project.taskCode ?? ''),
      project.title,
      thousandWon(project.budget['education-office']),
      thousandWon(project.budget['local-government']),
      thousandWon(project.budget.total),
    ]);
  }
  row(
    doc,
    [
      '합계',
      '',
      `${form.projects.length}개 사업`,
      thousandWon(form.totals['education-office']),
      thousandWon(form.totals['local-government']),
      thousandWon(form.totals.total),
    ],
    { bold: true },
  );
}

function signatures(doc: Doc, form: AgreementForm): void {
  const half = CONTENT / 2;
  const top = doc.y;
  funders.forEach((party, index) => {
    const signer = form.parties[party];
    const x = MARGIN + index * half;
    doc
      .font('regular')
      .fontSize(10)
      .text(signer.signedOn ? formatKoreanDate(signer.signedOn) : '(서명 전)', x, top, { ...PLAIN, width: half - 10, align: 'center' });
    doc
      .font('bold')
      .fontSize(11)
      .text(signer.institution, x, top + 22, { ...PLAIN, width: half - 10, align: 'center' });
    doc
      .font('regular')
      .fontSize(11)
      .text(`${signer.signatory}  (서명)`, x, top + 42, { ...PLAIN, width: half - 10, align: 'center' });
  });
  doc.y = top + 70;
  doc.x = MARGIN;
}
