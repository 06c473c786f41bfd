import * as OpenCC from 'opencc-js/t2cn';
import { fieldError } from '../../errors.js';

/**
 * Characters that do not show, or turn the text around: zero-width spaces and
 * joiners, soft hyphens, direction marks and overrides, fillers. In a unit's
 * name they make a second 区环保局 that looks like the first.
 */
const INVISIBLE =
  /\u034F|[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/u;

/** Refuses a name, short name or alias holding characters that do not show. */
export function assertVisible(field: string, text: string | null | undefined): void {
  if (text && INVISIBLE.test(text))
    throw fieldError(
      'validation',
      field,
      '名称中含有不可见字符或文字方向控制字符，请重新输入',
      'the name holds invisible or text-direction characters; type it again',
    );
}

// Taiwan and Hong Kong forms both fold to the mainland's.
const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * What a name looks like once the ways to write it alike are folded away:
 * full-width and compatibility forms (NFKC), traditional characters, spaces
 * and letter case. Two units whose skeletons match would be taken for one.
 */
export function nameSkeleton(name: string): string {
  return fromHk(fromTw(name.normalize('NFKC')))
    .replace(/[\s\u3000·・.。]/gu, '')
    .toLowerCase();
}

/** The unit among `units` that a new name would be mistaken for, if any. */
export function lookAlike<U extends { id: string; name: string }>(
  name: string,
  units: U[],
  selfId?: string,
): U | undefined {
  const skeleton = nameSkeleton(name);
  return units.find((u) => u.id !== selfId && nameSkeleton(u.name) === skeleton);
}
