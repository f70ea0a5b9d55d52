/**
 * A same-length shadow copy of the text for recognisers: full-width ASCII forms become
 * half-width (０-９ → 0-9, ％ → %, ～ → ~, ． → .), the ideographic space and other
 * spaces become ' '. Offsets in the copy are offsets in the original.
 *
 * normalizeWidth('８８５６億') === '8856億'
 */
export function normalizeWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = -1;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2009 || c === 0x202f || c === 0x2002 || c === 0x2003) r = 0x20;
    if (r >= 0) {
      out += text.slice(from, i) + String.fromCharCode(r);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
