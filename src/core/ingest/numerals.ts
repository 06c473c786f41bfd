/**
 * Chinese numerals as official texts write them: 一 … 十九, 二十三, 两, 〇.
 * Enough for ordinals of directives (一是 … 十二是) and small quantities.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const CN_NUMERAL = '[〇零一二两三四五六七八九十百千]';

/** The value of a Chinese numeral up to 9999, or of Arabic digits; null when it is neither. */
export function parseNumeral(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!s || !/^[〇零一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch] as number;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}
