import { mkdirSync, writeFileSync } from 'node:fs';

/** One measured figure next to its budget. `max` budgets pass when value ≤ budget, `min` when ≥. */
export interface Figure {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  budget: number;
  kind: 'max' | 'min';
  /** Reported but not enforced (quick mode, or a figure that is informational). */
  informational?: boolean;
}

export function passes(figure: Figure): boolean {
  if (!Number.isFinite(figure.value)) return false;
  return figure.kind === 'max' ? figure.value <= figure.budget : figure.value >= figure.budget;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(value % 1 === 0 ? 0 : 2);
}

export function printTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.scenario,
    f.metric,
    `${format(f.value)} ${f.unit}`.trim(),
    `${f.kind === 'max' ? '≤' : '≥'} ${format(f.budget)} ${f.unit}`.trim(),
    f.informational ? (passes(f) ? 'ok (not enforced)' : 'MISS (not enforced)') : passes(f) ? 'ok' : 'MISS',
  ]);
  const header = ['scenario', 'figure', 'measured', 'budget', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
  return out;
}

export function writeResults(figures: Figure[], meta: Record<string, unknown>): string {
  mkdirSync('bench/results', { recursive: true });
  const file = 'bench/results/latest.json';
  writeFileSync(file, JSON.stringify({ ...meta, figures: figures.map((f) => ({ ...f, pass: passes(f) })) }, null, 2));
  return file;
}
