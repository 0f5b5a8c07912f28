// Small statistics for benchmark samples.

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (samples) => percentile(samples, 50);

/** "12.3 ms" */
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');

/** "123.4 kB (123 456 B)" with kB = 1000 bytes, as Vite reports sizes. */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
