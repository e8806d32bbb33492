/**
 * Pure parts of the aggregator: reading any bench script's JSON into the common shape,
 * medians and ranges over repeats, side-by-side ratios, the aims, and the Markdown table.
 */
import type { BenchCase, BenchResult, MachineInfo } from './results.js';
import { formatNumber } from './results.js';

export class ResultShapeError extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'ResultShapeError';
  }
}

const VALUE_FIELDS = [
  'value',
  'median',
  'eventsPerSecond',
  'eventsPerSec',
  'opsPerSecond',
  'opsPerSec',
  'perSecond',
  'rate',
  'ms',
  'seconds',
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A case that is itself a ratio of two others measured in the same run. */
export function isRatioUnit(unit: string): boolean {
  return ['×', 'x', 'ratio'].includes(unit.trim().toLowerCase());
}

/** Time, memory and latency go down when things improve; rates and ratios go up. */
export function inferHigherIsBetter(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  if (u.includes('/s') || u.includes('per s') || isRatioUnit(u) || u === '%') return true;
  return !/^(ms|s|sec|seconds|µs|us|ns|mb|mib|kb|bytes|b|gb)$/.test(u);
}

function normaliseCase(raw: unknown, index: number, source: string): BenchCase {
  if (!isRecord(raw)) throw new ResultShapeError(source, `case #${index + 1} is not an object`);
  const id = [raw.id, raw.name, raw.key, raw.label].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!id) throw new ResultShapeError(source, `case #${index + 1} has no id (expected "id")`);
  const field = VALUE_FIELDS.find((f) => typeof raw[f] === 'number' && Number.isFinite(raw[f]));
  if (!field) throw new ResultShapeError(source, `case "${id}" has no finite numeric "value"`);
  const unit =
    typeof raw.unit === 'string'
      ? raw.unit
      : field === 'ms'
        ? 'ms'
        : field === 'seconds'
          ? 's'
          : field === 'value' || field === 'median'
            ? ''
            : 'ops/s';
  const higherIsBetter = typeof raw.higherIsBetter === 'boolean' ? raw.higherIsBetter : inferHigherIsBetter(unit);
  const label = typeof raw.label === 'string' ? raw.label : typeof raw.name === 'string' ? raw.name : id;
  const extraSource = isRecord(raw.extra) ? raw.extra : undefined;
  return { id, label, unit, value: raw[field] as number, higherIsBetter, ...(extraSource ? { extra: extraSource } : {}) };
}

/** Keys that hold settings, targets or counts rather than measurements. */
const NOT_MEASURED = new Set(['aims', 'aim', 'machine', 'config', 'options', 'ratePerSecond', 'events', 'received', 'count']);

/**
 * A result written as a nested object instead of cases (`{ throughput: { eventsPerSecond },
 * latency: { commitToBrokerAckMs: { p50, p99 } } }`): every rate (`…PerSecond`) and every figure
 * under or named `…Ms` becomes a case whose id is its path.
 */
function measuredLeaves(body: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: Record<string, unknown>, path: string[], inMs: boolean) => {
    for (const [key, value] of Object.entries(node)) {
      if (NOT_MEASURED.has(key)) continue;
      const here = [...path, key];
      if (isRecord(value)) walk(value, here, inMs || /Ms$/.test(key));
      else if (typeof value === 'number' && Number.isFinite(value)) {
        const id = here.join('.');
        if (/PerSecond$/.test(key))
          out.push({ id, label: here.join(' · '), unit: `${key.replace(/PerSecond$/, '') || 'ops'}/s`, value, higherIsBetter: true });
        else if (inMs || /Ms$/.test(key)) out.push({ id, label: here.join(' · '), unit: 'ms', value, higherIsBetter: false });
      }
    }
  };
  walk(body, [], false);
  return out;
}

/** Accepts the common shape and near variants (`results` instead of `cases`, a bare array, nested figures). */
export function normaliseResult(raw: unknown, fallbackName: string): BenchResult {
  const source = `${fallbackName}.latest.json`;
  const body = Array.isArray(raw) ? { cases: raw } : raw;
  if (!isRecord(body)) throw new ResultShapeError(source, 'is not a JSON object');
  const list = Array.isArray(body.cases) ? body.cases : Array.isArray(body.results) ? body.results : measuredLeaves(body);
  if (list.length === 0) throw new ResultShapeError(source, 'has no "cases" array and no measured figures (…PerSecond, …Ms)');
  const notes = Array.isArray(body.notes) ? body.notes.filter((n): n is string => typeof n === 'string') : [];
  return {
    name: typeof body.name === 'string' ? body.name : fallbackName,
    startedAt: typeof body.startedAt === 'string' ? body.startedAt : new Date(0).toISOString(),
    ...(isRecord(body.machine) ? { machine: body.machine as unknown as MachineInfo } : {}),
    ...(typeof body.scale === 'number' ? { scale: body.scale } : {}),
    cases: list.map((c, i) => normaliseCase(c, i, source)),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface CaseSummary {
  readonly bench: string;
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly values: readonly number[];
}

/** Groups the repeats of one bench by case id, keeping the order cases first appeared in. */
export function summariseBench(bench: string, runs: readonly BenchResult[]): CaseSummary[] {
  const byId = new Map<string, { first: BenchCase; values: number[] }>();
  for (const run of runs) {
    for (const c of run.cases) {
      const entry = byId.get(c.id);
      if (entry) entry.values.push(c.value);
      else byId.set(c.id, { first: c, values: [c.value] });
    }
  }
  return [...byId.values()].map(({ first, values }) => ({
    bench,
    id: first.id,
    label: first.label,
    unit: first.unit,
    higherIsBetter: first.higherIsBetter,
    runs: values.length,
    median: medianOf(values),
    min: Math.min(...values),
    max: Math.max(...values),
    values,
  }));
}

/** A ratio computed inside each run (both sides measured in the same process), then summarised. */
export interface RatioRule {
  readonly id: string;
  readonly label: string;
  readonly bench: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The aim, when one is set: the ratio must be at least this. */
  readonly atLeast?: number;
}

export interface RatioSummary {
  readonly id: string;
  readonly label: string;
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly atLeast?: number;
  readonly met?: boolean;
}

export function summariseRatio(rule: RatioRule, runs: readonly BenchResult[]): RatioSummary | undefined {
  const values: number[] = [];
  for (const run of runs) {
    const num = run.cases.find((c) => c.id === rule.numerator);
    const den = run.cases.find((c) => c.id === rule.denominator);
    if (!num || !den || den.value === 0) continue;
    // A ratio of times is inverted so that above 1 always means Gongron is faster.
    values.push(num.higherIsBetter ? num.value / den.value : den.value / num.value);
  }
  if (values.length === 0) return undefined;
  const median = medianOf(values);
  return {
    id: rule.id,
    label: rule.label,
    runs: values.length,
    median,
    min: Math.min(...values),
    max: Math.max(...values),
    ...(rule.atLeast !== undefined ? { atLeast: rule.atLeast, met: median >= rule.atLeast } : {}),
  };
}

/** An absolute aim on one case's median: at most (times, latency) or at least (rates). */
export interface AimRule {
  readonly id: string;
  readonly label: string;
  readonly bench: string;
  readonly caseId: string;
  readonly atMost?: number;
  readonly atLeast?: number;
  readonly unit: string;
}

export interface AimResult {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly measured?: number;
  readonly unit: string;
  /** undefined when the case was not measured in this run. */
  readonly met?: boolean;
}

export function evaluateAim(rule: AimRule, summaries: readonly CaseSummary[]): AimResult {
  const target = rule.atMost !== undefined ? `≤ ${rule.atMost} ${rule.unit}` : `≥ ${rule.atLeast} ${rule.unit}`;
  const found = summaries.find((s) => s.bench === rule.bench && s.id === rule.caseId);
  if (!found) return { id: rule.id, label: rule.label, target, unit: rule.unit };
  const met = rule.atMost !== undefined ? found.median <= rule.atMost : found.median >= (rule.atLeast ?? -Infinity);
  return { id: rule.id, label: rule.label, target, measured: found.median, unit: rule.unit, met };
}

export interface RunReport {
  readonly date: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly repeat: number;
  readonly scale: number;
  readonly machine: MachineInfo;
  readonly versions: Readonly<Record<string, string>>;
  readonly benches: readonly { readonly name: string; readonly runs: number; readonly failures: readonly string[] }[];
  readonly cases: readonly CaseSummary[];
  readonly ratios: readonly RatioSummary[];
  readonly aims: readonly AimResult[];
  readonly notes: readonly string[];
}

function range(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderMarkdown(report: RunReport): string {
  const m = report.machine;
  const lines: string[] = [];
  lines.push(`Run of ${report.date} (${report.startedAt} → ${report.finishedAt}), each script ${report.repeat}× at scale ${report.scale}.`);
  lines.push('');
  lines.push(`- Machine: ${m.cpuModel}, ${m.cores} cores, ${formatNumber(m.memoryMb / 1024)} GB memory, ${m.os}`);
  lines.push(
    `- Versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );
  lines.push('');
  if (report.aims.length > 0) {
    lines.push('### Aims');
    lines.push('');
    lines.push('| aim | target | measured (median) | met |');
    lines.push('|---|---|---|---|');
    for (const a of report.aims) {
      const measured = a.measured === undefined ? 'not measured' : `${formatNumber(a.measured)} ${a.unit}`;
      const met = a.met === undefined ? '–' : a.met ? 'yes' : '**no**';
      lines.push(`| ${escapeCell(a.label)} | ${escapeCell(a.target)} | ${measured} | ${met} |`);
    }
    lines.push('');
  }
  if (report.ratios.length > 0) {
    lines.push('### Ratios measured side by side');
    lines.push('');
    lines.push('| ratio | median | min–max | runs | aim |');
    lines.push('|---|---:|---:|---:|---|');
    for (const r of report.ratios) {
      const aim = r.atLeast === undefined ? '' : `≥ ${r.atLeast}× ${r.met ? '(met)' : '(**missed**)'}`;
      lines.push(`| ${escapeCell(r.label)} | ${formatNumber(r.median)}× | ${range(r.min, r.max)}× | ${r.runs} | ${aim} |`);
    }
    lines.push('');
  }
  lines.push('### All cases');
  lines.push('');
  lines.push('| bench | case | median | min–max | unit | runs |');
  lines.push('|---|---|---:|---:|---|---:|');
  for (const c of report.cases) {
    lines.push(
      `| ${c.bench} | ${escapeCell(c.label)} | ${formatNumber(c.median)} | ${range(c.min, c.max)} | ${escapeCell(c.unit)} | ${c.runs} |`,
    );
  }
  const failures = report.benches.filter((b) => b.failures.length > 0);
  if (report.notes.length > 0 || failures.length > 0) {
    lines.push('');
    lines.push('### Notes');
    lines.push('');
    for (const n of report.notes) lines.push(`- ${n}`);
    for (const b of failures) for (const f of b.failures) lines.push(`- ${b.name}: ${f}`);
  }
  return lines.join('\n');
}

export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** Replaces what is between the markers; appends a marked section when there are none. */
export function replaceBetweenMarkers(document: string, content: string): string {
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END);
  const block = `${RESULTS_START}\n${content}\n${RESULTS_END}`;
  if (start >= 0 && end > start) return document.slice(0, start) + block + document.slice(end + RESULTS_END.length);
  return `${document.trimEnd()}\n\n## Results\n\n${block}\n`;
}
