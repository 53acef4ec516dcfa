// Small statistics for the bench: quantiles by linear interpolation between the sorted samples (the same rule as
// numpy's default), so the median of an even count is the mean of the middle two.

/** The `q` quantile (0..1) of `xs`; NaN for no samples. */
export function quantile(xs, q) {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** Median and interquartile range (25th to 75th percentile) of the finite values in `xs`, with their count. */
export function summary(xs) {
  const finite = xs.filter((x) => Number.isFinite(x));
  return { median: median(finite), lo: quantile(finite, 0.25), hi: quantile(finite, 0.75), n: finite.length };
}
