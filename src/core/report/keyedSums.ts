/**
 * A count and a sum per key, keys in the order first seen. The numbers live in arrays, not in an object per key, and
 * the structure is plain data (see DayStarts for why): loops adding to it meet nothing made for one report but
 * arrays and a Map.
 */
export interface KeyedSums<K> {
  keys: K[];
  counts: number[];
  sums: number[];
  positions: Map<K, number>;
}

export function keyedSums<K>(): KeyedSums<K> {
  return { keys: [], counts: [], sums: [], positions: new Map() };
}

/** Adds to the key's count and sum, and says where the key is. */
export function addTo<K>(totals: KeyedSums<K>, key: K, count: number, sum: number): number {
  let position = totals.positions.get(key);
  if (position === undefined) {
    position = totals.keys.length;
    totals.positions.set(key, position);
    totals.keys.push(key);
    totals.counts.push(0);
    totals.sums.push(0);
  }
  totals.counts[position] += count;
  totals.sums[position] += sum;
  return position;
}
