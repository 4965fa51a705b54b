// The words of a commune's map label (its own module: the map chunk needs it at once, the
// placement code in labelPlacement.ts only near the labels' zoom).

/** The text of a commune's label: its name, or its full name when the name starts with a number
 *  ("7" → "Phường 7", today's "1 Bảo Lộc" → "Phường 1 Bảo Lộc"), which would read as a count. */
export function communeLabelText(name: string, fullName: string): string {
  return /^\d/.test(name.trim()) && fullName ? fullName : name;
}
