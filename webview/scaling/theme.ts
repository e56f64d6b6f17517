import type { Family } from '../../src/core/knowledge/schema';

/** The chart colours, all taken from VS Code's theme variables so every theme (and high contrast) applies. */
export interface Palette {
  foreground: string;
  muted: string;
  grid: string;
  background: string;
  blue: string;
  red: string;
  green: string;
  yellow: string;
  orange: string;
  purple: string;
  fontFamily: string;
  fontSize: number;
}

/** Used only when a variable is missing (a theme that does not define it). */
const FALLBACK: Omit<Palette, 'fontSize'> = {
  foreground: '#cccccc',
  muted: '#9d9d9d',
  grid: '#454545',
  background: '#1e1e1e',
  blue: '#3794ff',
  red: '#f14c4c',
  green: '#89d185',
  yellow: '#cca700',
  orange: '#d18616',
  purple: '#b180d7',
  fontFamily: 'sans-serif',
};

/** Reads the palette through `read` (a CSS variable's value, or '' when unset). */
export function paletteFrom(read: (variable: string) => string): Palette {
  const get = (variable: string, fallback: string) => read(variable).trim() || fallback;
  const size = Number.parseFloat(read('--vscode-font-size'));
  return {
    foreground: get('--vscode-foreground', FALLBACK.foreground),
    muted: get('--vscode-descriptionForeground', FALLBACK.muted),
    grid: get('--vscode-editorWidget-border', get('--vscode-widget-border', FALLBACK.grid)),
    background: get('--vscode-editor-background', FALLBACK.background),
    blue: get('--vscode-charts-blue', FALLBACK.blue),
    red: get('--vscode-charts-red', FALLBACK.red),
    green: get('--vscode-charts-green', FALLBACK.green),
    yellow: get('--vscode-charts-yellow', FALLBACK.yellow),
    orange: get('--vscode-charts-orange', FALLBACK.orange),
    purple: get('--vscode-charts-purple', FALLBACK.purple),
    fontFamily: get('--vscode-font-family', FALLBACK.fontFamily),
    fontSize: Number.isFinite(size) && size > 0 ? size : 13,
  };
}

/** One colour per architecture family, the same in every chart. */
export function familyColour(palette: Palette, family: Family): string {
  switch (family) {
    case 'decoder-only':
      return palette.blue;
    case 'encoder-only':
      return palette.green;
    case 'encoder-decoder':
      return palette.purple;
    case 'rnn':
      return palette.yellow;
  }
}

/** `colour` at the given opacity; colours in a form this does not parse are returned as they are. */
export function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour.trim());
  if (hex) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(colour.trim());
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})` : colour;
}
