// ANSI colours, only for a terminal that shows them: stdout is a TTY and NO_COLOR is not set.

export type Colour = "green" | "red" | "yellow" | "grey" | "bold";

const codes: Record<Colour, [number, number]> = {
  green: [32, 39],
  red: [31, 39],
  yellow: [33, 39],
  grey: [90, 39],
  bold: [1, 22],
};

export function colourEnabled(stream: { isTTY?: boolean } = process.stdout): boolean {
  const noColor = process.env.NO_COLOR;
  return Boolean(stream.isTTY) && (noColor === undefined || noColor === "");
}

/** A painter for one colour; the identity when colours are off. */
export function painter(colour: Colour, enabled: boolean): (text: string) => string {
  if (!enabled) return (text) => text;
  const [on, off] = codes[colour];
  return (text) => `\x1b[${on}m${text}\x1b[${off}m`;
}
