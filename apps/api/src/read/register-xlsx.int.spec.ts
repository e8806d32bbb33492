/**
 * An XLSX download is written as its rows are read, and a client that goes away stops it: over
 * a real HTTP connection the rows' reader is closed and reads no more; read to the end, the
 * workbook opens in exceljs with its Korean headings and every row.
 */
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { RegisterRow, RegisterTable } from '@gongron/projections';
import { registerXlsx } from './register-xlsx.js';
import { streamToResponse } from './stream-export.js';

const columns = [
  { key: 'n', heading: '번호' },
  { key: 'text', heading: '내용' },
  { key: 'won', heading: '금액(원)', won: true },
];

describe('registerXlsx', () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  function serve(table: () => RegisterTable): Promise<{ url: string; outcome: Promise<string> }> {
    let settle: (outcome: string) => void;
    const outcome = new Promise<string>((resolve) => (settle = resolve));
    server = createServer((_request, response) => void streamToResponse(registerXlsx(table()), response).then(settle));
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, outcome })),
    );
  }

  it('stops reading rows when the client disconnects in the middle of the workbook', async () => {
    let read = 0;
    let readerClosed = false;
    const endless = async function* (): AsyncGenerator<RegisterRow> {
      try {
        for (;;) {
          read++;
          // Text that does not compress away, so the zip keeps sending bytes.
          yield { n: read, text: `${read}-${Math.random().toString(36).repeat(20)}`, won: read * 1000 };
        }
      } finally {
        readerClosed = true;
      }
    };
    const { url, outcome } = await serve(() => ({ title: '끝없는 표', columns, rows: endless() }));
    await new Promise<void>((resolve, reject) => {
      const request = get(url, (response) => {
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', () => undefined);
      request.on('close', resolve);
      setTimeout(() => reject(new Error('no data')), 30_000).unref();
    });
    expect(await outcome).toBe('abandoned');
    expect(readerClosed).toBe(true);
    const readAtEnd = read;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toBe(readAtEnd);
  }, 60_000);

  it('writes every row under Korean headings, amounts as numbers with digit grouping', async () => {
    const rows = async function* (): AsyncGenerator<RegisterRow> {
      for (let n = 1; n <= 2500; n++) yield { n, text: n === 7 ? '수원시, "따옴표"' : `행 ${n}`, won: n * 1000 };
    };
    const { url, outcome } = await serve(() => ({ title: '예산 원장', columns, rows: rows() }));
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(await outcome).toBe('finished');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('예산 원장')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['번호', '내용', '금액(원)']);
    expect(sheet.rowCount).toBe(2501);
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual([7, '수원시, "따옴표"', 7000]);
    expect(sheet.getRow(2501).getCell(3).numFmt).toBe('#,##0');
  }, 60_000);
});
