// Chart colours come from the VS Code theme's CSS variables, read with getComputedStyle: a canvas
// cannot use `var(--…)` itself. The data colours (why, how, entries) are the stylesheet's own
// `--why`, `--how` and `--count` (media/trends.css), not the theme variables they derive from, so the
// bars have exactly the colours of the legend, heat-map and markers, opacity included (the stylesheet
// makes why and how opaque, and says why; `--unclear` is the count colour at half strength). VS Code marks the theme kind with a class on <body>
// (`vscode-light`, `vscode-dark`, `vscode-high-contrast`, `vscode-high-contrast-light`) and rewrites
// the variables on <html> when the theme changes; either is the signal to read them again. The rest
// of the view is styled by the stylesheet through the same variables and follows by itself.
import type { ChartTheme } from './chartTheme';

export type { ChartTheme };

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * `value` in a form Chart.js parses (it derives hover colours from it): hex, rgb() and rgba() as they
 * are; any other CSS colour — Chromium gives a relative colour as `color(srgb …)` — as the `rgb()` of
 * the pixel a canvas draws with it (exact for an opaque colour), or `fallback` if it is no colour.
 */
function chartColour(value: string, fallback: string): string {
  if (/^(#|rgba?\()/i.test(value)) {
    return value;
  }
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe || !CSS.supports('color', value)) {
    return fallback;
  }
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = value;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a / 255})`;
}

/** `colour` (as chartColour gives it) at `alpha` times its own opacity, as `rgba()`. */
export function faded(colour: string, alpha: number): string {
  const resolved = chartColour(colour, colour);
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/i.exec(resolved);
  const hex = /^#([0-9a-f]{3,8})$/i.exec(resolved);
  let channels: [number, number, number, number] | undefined;
  if (rgb) {
    channels = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  } else if (hex?.[1]) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((digit) => digit + digit).join('') : hex[1];
    const at = (index: number): number => Number.parseInt(digits.slice(index, index + 2), 16);
    channels = [at(0), at(2), at(4), digits.length === 8 ? at(6) / 255 : 1];
  }
  if (!channels) {
    return colour;
  }
  const [r, g, b, a] = channels;
  return `rgba(${r}, ${g}, ${b}, ${Math.round(a * alpha * 1000) / 1000})`;
}

/** The current theme's colours; the fallbacks are VS Code's Dark+ values (only seen outside VS Code). */
export function readTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const foreground = cssVar(style, '--vscode-foreground', '#cccccc');
  const muted = cssVar(style, '--vscode-descriptionForeground', foreground);
  const highContrast = document.body.classList.contains('vscode-high-contrast')
    || document.body.classList.contains('vscode-high-contrast-light');
  const fontSize = Number.parseFloat(cssVar(style, '--vscode-font-size', '13'));
  return {
    why: chartColour(cssVar(style, '--why', '#3794ff'), '#3794ff'),
    how: chartColour(cssVar(style, '--how', '#d18616'), '#d18616'),
    count: chartColour(cssVar(style, '--count', muted), muted),
    unclear: chartColour(cssVar(style, '--unclear', muted), muted),
    calendar: chartColour(cssVar(style, '--balanced', '#b180d7'), '#b180d7'),
    foreground,
    muted,
    grid: cssVar(style, '--vscode-charts-lines', cssVar(style, '--vscode-editorWidget-border', 'rgba(128,128,128,0.35)')),
    focus: cssVar(style, '--vscode-focusBorder', cssVar(style, '--vscode-contrastActiveBorder', '#007fd4')),
    hoverBackground: cssVar(style, '--vscode-editorHoverWidget-background', '#252526'),
    hoverForeground: cssVar(style, '--vscode-editorHoverWidget-foreground', foreground),
    hoverBorder: cssVar(style, '--vscode-editorHoverWidget-border', '#454545'),
    fontFamily: cssVar(style, '--vscode-font-family', 'system-ui, sans-serif'),
    fontSize: Number.isFinite(fontSize) ? fontSize : 13,
    highContrast,
  };
}

/**
 * Calls `onChange` with the new theme whenever VS Code changes it: the body's class (the kind) or
 * theme attributes, or the variables on <html> (a switch between two dark themes keeps the class).
 * Mutations are coalesced into one read per frame, and nothing is called when no colour changed.
 * Returns a function that stops observing.
 */
export function observeTheme(onChange: (theme: ChartTheme) => void): () => void {
  let last = JSON.stringify(readTheme());
  let scheduled = false;
  const check = (): void => {
    scheduled = false;
    const theme = readTheme();
    const key = JSON.stringify(theme);
    if (key !== last) {
      last = key;
      onChange(theme);
    }
  };
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(check);
    }
  });
  observer.observe(document.body, {
    attributes: true,
    attributeFilter: ['class', 'data-vscode-theme-kind', 'data-vscode-theme-id', 'data-vscode-theme-name'],
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}
