/** A Han character (CJK Unified Ideographs, Extension A, Compatibility Ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Whether the text has a Chinese character at all: Policy Lens leaves other documents alone.
 *
 * hasChinese('GDP 5%') === false; hasChinese('GDP 增長 5%') === true
 */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}
