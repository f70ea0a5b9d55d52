/**
 * OpenCC's dictionary trie, held in typed arrays instead of one JS Map per node.
 *
 * opencc-js keeps each trie node as a Map: the s2t and t2s converters alone are about 92,000 Maps, 20 MB of
 * small objects that a V8 collection copies and marks again and again while they are built and after (on this
 * machine a scavenge costs about 4 ms per MB it copies, so building them held the extension host for 20–30 ms
 * turns). Here a node is a number, an edge one slot of an open-addressing hash table keyed by (node, code point),
 * and a value a stretch of one UTF-16 buffer: the arrays live outside the JS heap and no collection copies them.
 * Matching and conversion are opencc-js's: the longest key at each position wins, a later `addWord` of the same
 * key replaces the earlier value, and an ideographic description sequence no key starts passes through whole.
 */

const EMPTY = -1;
/** Edges kept to at most this share of the table's slots, so that a probe ends soon. */
const MAX_LOAD = 0.6;
/** Int32s in an edge slot: the parent node + 1 (0: an empty slot), the code point, the child node. */
const SLOT = 3;
/** Pages of fresh memory written between two pauses of `prepare` (a first write costs about 15 µs a page on the bench VM). */
const PAGES_PER_STEP = 64;
/** Int32s in a 4 KB page. */
const PAGE_INTS = 1024;

export class DictionaryTrie {
  private nodeCount = 1;
  /** Per node, where its value starts in `chars` plus one (0: no value, a node on the way to a longer key), and ends. */
  private valueStart: Int32Array;
  private valueEnd: Int32Array;
  private chars = new Uint16Array(4096);
  private charCount = 0;
  /** The edge table, SLOT Int32s a slot: one array, so that placing an edge writes one page of it, not three. */
  private edges: Int32Array;
  private edgeCount = 0;
  /** Each node's value as a string, made when first matched (a conversion meets a few thousand of them). */
  private strings: (string | undefined)[] | undefined;
  /** The node of the key the last successful `match` found. */
  private matched = 0;

  /**
   * `expectedEdges`, about how many edges (distinct key prefixes) the trie will hold, sizes its tables at once:
   * growing the edge table places every edge again, one long step for a large dictionary (15–20 ms for STPhrases).
   */
  constructor(expectedEdges = 0) {
    let slots = 2048;
    while (slots * MAX_LOAD < expectedEdges + 1) slots *= 2;
    this.edges = new Int32Array(slots * SLOT);
    const nodes = Math.max(1024, expectedEdges + 1);
    this.valueStart = new Int32Array(nodes);
    this.valueEnd = new Int32Array(nodes);
  }

  /**
   * Writes the edge table's pages a few at a time, pausing (yielding) between them. An edge lands anywhere in the
   * table, so the first few hundred `addWord`s would otherwise write most of its pages for the first time at once:
   * 12 ms for the 3 MB of STPhrases' table here.
   */
  *prepare(): Generator<void, void, void> {
    // Only an empty table: zero is what an empty slot holds.
    if (this.edgeCount > 0) return;
    for (let i = 0; i < this.edges.length; i += PAGE_INTS) {
      this.edges[i] = 0;
      if ((i / PAGE_INTS) % PAGES_PER_STEP === PAGES_PER_STEP - 1) yield;
    }
  }

  /** Adds `key` → `value`, replacing the value an earlier `addWord` gave the same key. */
  addWord(key: string, value: string): void {
    let node = 0;
    for (let i = 0; i < key.length; ) {
      const code = key.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      let child = this.child(node, code);
      if (child === EMPTY) child = this.addEdge(node, code);
      node = child;
    }
    this.setValue(node, value);
  }

  /**
   * The end of the longest key at `i` in `s`, or -1; its value is then `lastValue`.
   * Example: after `addWord('软件', '軟體')`, `match('用软件', 1) === 3`.
   */
  match(s: string, i: number): number {
    let node = 0;
    let end = -1;
    for (let j = i; j < s.length; ) {
      const code = s.codePointAt(j)!;
      j += code > 0xffff ? 2 : 1;
      node = this.child(node, code);
      if (node === EMPTY) break;
      if (this.valueStart[node] !== 0) {
        end = j;
        this.matched = node;
      }
    }
    return end;
  }

  /**
   * The value of exactly `key`, or undefined.
   * Example: after `addWord('软件', '軟體')`, `get('软件') === '軟體'` and `get('软') === undefined`.
   */
  get(key: string): string | undefined {
    // The longest key at the start of `key` is `key` itself only when it is one.
    return key.length > 0 && this.match(key, 0) === key.length ? this.lastValue : undefined;
  }

  /** The value of the key the last successful `match` found. */
  get lastValue(): string {
    return this.valueOf(this.matched);
  }

  /** `s` with the longest key at each position replaced by its value, as opencc-js's `Trie.convert`. */
  convert(s: string): string {
    return this.cut(s, true).join('');
  }

  /** `s` cut into keys and the stretches between them, as opencc-js's `Trie.segment`. */
  segment(s: string): string[] {
    return this.cut(s, false);
  }

  /** `s` cut into the longest keys and the stretches between them, each key replaced by its value or kept. */
  private cut(s: string, replace: boolean): string[] {
    const pieces: string[] = [];
    let unmatched = -1;
    for (let i = 0; i < s.length; ) {
      const end = this.match(s, i);
      if (end !== EMPTY) {
        if (unmatched !== -1) {
          pieces.push(s.slice(unmatched, i));
          unmatched = -1;
        }
        pieces.push(replace ? this.valueOf(this.matched) : s.slice(i, end));
        i = end;
      } else {
        if (unmatched === -1) unmatched = i;
        i = unmatchedEnd(s, i);
      }
    }
    if (unmatched !== -1) pieces.push(s.slice(unmatched));
    return pieces;
  }

  /** Nodes, edges and the bytes of the typed arrays (for memory reports). */
  get size(): { nodes: number; edges: number; bytes: number } {
    const arrays = [this.valueStart, this.valueEnd, this.chars, this.edges];
    return { nodes: this.nodeCount, edges: this.edgeCount, bytes: arrays.reduce((n, a) => n + a.byteLength, 0) };
  }

  private valueOf(node: number): string {
    this.strings ??= new Array<string | undefined>(this.nodeCount);
    let value = this.strings[node];
    if (value === undefined) {
      const start = this.valueStart[node] - 1;
      const end = this.valueEnd[node];
      value = end - start === 1 ? String.fromCharCode(this.chars[start]) : String.fromCharCode.apply(null, this.chars.subarray(start, end) as unknown as number[]);
      this.strings[node] = value;
    }
    return value;
  }

  private slot(parent: number, code: number): number {
    let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) & (this.edges.length / SLOT - 1);
  }

  private child(parent: number, code: number): number {
    const edges = this.edges;
    const mask = edges.length / SLOT - 1;
    for (let k = this.slot(parent, code); ; k = (k + 1) & mask) {
      const p = edges[k * SLOT];
      if (p === 0) return EMPTY;
      if (p === parent + 1 && edges[k * SLOT + 1] === code) return edges[k * SLOT + 2];
    }
  }

  private addEdge(parent: number, code: number): number {
    if (this.edgeCount + 1 > (this.edges.length / SLOT) * MAX_LOAD) this.growEdges();
    const node = this.nodeCount++;
    if (node >= this.valueStart.length) {
      const start = new Int32Array(this.valueStart.length * 2);
      start.set(this.valueStart);
      this.valueStart = start;
      const end = new Int32Array(start.length);
      end.set(this.valueEnd);
      this.valueEnd = end;
    }
    this.place(parent, code, node);
    this.edgeCount++;
    // A trie that grows after a conversion made its value strings makes them again as needed.
    this.strings = undefined;
    return node;
  }

  private place(parent: number, code: number, child: number): void {
    const edges = this.edges;
    const mask = edges.length / SLOT - 1;
    let k = this.slot(parent, code);
    while (edges[k * SLOT] !== 0) k = (k + 1) & mask;
    edges[k * SLOT] = parent + 1;
    edges[k * SLOT + 1] = code;
    edges[k * SLOT + 2] = child;
  }

  private growEdges(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += SLOT) if (old[k] !== 0) this.place(old[k] - 1, old[k + 1], old[k + 2]);
  }

  private setValue(node: number, value: string): void {
    if (this.charCount + value.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + value.length));
      chars.set(this.chars.subarray(0, this.charCount));
      this.chars = chars;
    }
    for (let i = 0; i < value.length; i++) this.chars[this.charCount + i] = value.charCodeAt(i);
    this.valueStart[node] = this.charCount + 1;
    this.charCount += value.length;
    this.valueEnd[node] = this.charCount;
    if (this.strings) this.strings[node] = undefined;
  }
}

/**
 * Where the stretch no key starts at `i` ends: after one code point, or after a whole ideographic description
 * sequence (⿰氵青), as opencc-js delimits one (an incomplete one is a single character).
 */
export function unmatchedEnd(s: string, i: number): number {
  const end = descriptionEnd(s, i);
  return end > i ? end : i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
}

/** The end of the description sequence at `i`, or 0 when there is none or it is cut short by the text's end. */
function descriptionEnd(s: string, i: number): number {
  const code = s.codePointAt(i)!;
  if (!isDescriptionCharacter(code)) return 0;
  const arity = code === 0x2ff2 || code === 0x2ff3 ? 3 : 2;
  let end = i + 1;
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    const inner = descriptionEnd(s, end);
    end = inner || end + (s.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

/** Ideographic description characters ⿰…⿿ (U+2FF0–U+2FFF), which take two or three operands. */
export function isDescriptionCharacter(code: number): boolean {
  return code >= 0x2ff0 && code <= 0x2fff;
}
