/**
 * A register table as an XLSX workbook, written as it is read: exceljs's streaming writer
 * compresses rows into the zip while the next page is fetched, and the caller pulls the bytes
 * chunk by chunk — so a client that goes away stops the writer and the reads behind it.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RegisterTable } from '@gongron/projections';

/** Excel limits a sheet name to 31 characters without []:*?/\ . */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** How many rows go into the zip between two turns of the event loop. */
const ROWS_PER_TURN = 200;

export async function* registerXlsx(table: RegisterTable): AsyncGenerator<Buffer> {
  const out = new PassThrough();
  const stop = new AbortController();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Gongron';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.heading,
    key: column.key,
    width: Math.max(10, Math.min(40, column.heading.length * 2 + 4)),
    ...(column.won ? { style: { numFmt: '#,##0' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const writing = (async () => {
    let count = 0;
    for await (const row of table.rows) {
      if (stop.signal.aborted) return;
      sheet.addRow(table.columns.map((column) => row[column.key] ?? null)).commit();
      count += 1;
      if (count % ROWS_PER_TURN === 0) {
        // Rows read from SQLite arrive without a turn of the event loop; the zip compresses and
        // sends only on one. Then wait while the client has not taken what was sent.
        await new Promise((resolve) => setImmediate(resolve));
        while (out.writableNeedDrain && !stop.signal.aborted) await once(out, 'drain', { signal: stop.signal });
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield chunk as Buffer;
  } finally {
    stop.abort();
    out.destroy();
    await writing;
  }
}
