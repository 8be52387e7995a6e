/** Small timing helpers for the benchmark (not a test: nothing here asserts a time). */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

export function measure(iterations: number, action: (index: number) => void): Timing {
  for (let index = 0; index < Math.min(5, iterations); index += 1) action(index);
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    action(index);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function measureAsync(iterations: number, action: (index: number) => Promise<unknown>): Promise<Timing> {
  for (let index = 0; index < Math.min(5, iterations); index += 1) await action(index);
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    await action(index);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

function summarise(samples: number[]): Timing {
  const sorted = samples.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratio = (value: number, baseline: number) => `×${(value / baseline).toFixed(2)}`;

export function row(label: string, value: string, baseline: string, factor: string): string {
  return `${label.padEnd(44)} ${value.padStart(14)}   baseline ${baseline.padStart(14)}   ${factor}`;
}
