/**
 * The index of the first item whose `start` is at or after `offset`, in items sorted by `start` (their length
 * when there is none): tokens, mentions, anything with an offset into the text.
 *
 * @example
 * firstStartingAt([{ start: 0 }, { start: 5 }, { start: 9 }], 4) // 1
 */
export function firstStartingAt(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { readonly start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
