// How every bench prints a figure: one JSON line, values rounded for reading.

/** Prints one figure as a JSON line: { name, value, unit, ...extra }. */
export function figure(name, value, unit, extra = {}) {
  console.log(JSON.stringify({ name, value: round(value), unit, ...extra }));
}

/** Whole numbers from 100 up, two decimals below. */
export function round(x) {
  return x >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
