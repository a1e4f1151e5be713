/**
 * Points add up in binary floating point, where estimates such as 0.1 and 0.2 make 0.30000000000000004: sums are
 * rounded to a millionth, finer than any estimate a team writes, so totals read as the team wrote them.
 */
export function sumOfPoints(values: Iterable<number | undefined>): number {
  let sum = 0;
  for (const value of values) {
    sum += value ?? 0;
  }
  return roundedPoints(sum);
}

export function roundedPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
