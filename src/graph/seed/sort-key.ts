const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/**
 * A string that sorts codes as their documents order them: "10.2" after "9.1", "1.a" after "1.5",
 * GCR's "III.B.2.10" after "III.B.2.9" and Roman parts by value.
 */
export function sortKey(code: string): string {
  return code
    .split('.')
    .map((seg, i) => {
      if (/^\d+$/.test(seg)) return seg.padStart(4, '0');
      if (i === 0 && ROMAN[seg] !== undefined) return String(ROMAN[seg]).padStart(4, '0');
      return `~${seg}`; // letters after numbers, as in 1.5 then 1.a
    })
    .join('.');
}
