// Colours as a person sees them, for the tests that compare the chart with its legend: page-side
// scripts (strings: the tests' TypeScript has no DOM library) that resolve CSS colours to the bytes a
// canvas draws, and count pixels by colour. A colour is `r,g,b,a` in bytes, unpremultiplied, as
// `getImageData` gives it, so a bar and a swatch of the same colour (alpha included) compare equal.

/** `r,g,b,a` bytes. */
export type Rgba = string;

/** Pixel counts by exact colour, biggest first; transparent pixels are left out. */
export type Areas = readonly (readonly [Rgba, number])[];

export interface ChartColours {
  readonly areas: Areas;
  /** The canvas's size in pixels. */
  readonly total: number;
  /** The legend swatches' backgrounds. */
  readonly swatch: { readonly why: Rgba; readonly how: Rgba; readonly count: Rgba };
  /** The heat-map legend's strongest why and how cells. */
  readonly heat: { readonly why: Rgba; readonly how: Rgba };
  /** The functions' side badges (border) and meters (fill), when the view has them. */
  readonly badge: { readonly why: Rgba | null; readonly how: Rgba | null };
  readonly meter: { readonly why: Rgba | null; readonly how: Rgba | null };
}

/** Page-side helpers: `rgbaOf(cssColour)` and `areasOf(imageData)`. */
const HELPERS = `
const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
const rgbaOf = (colour) => {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = 'transparent';
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  return Array.from(probe.getImageData(0, 0, 1, 1).data).join(',');
};
const areasOf = (data) => {
  const counts = new Map();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] !== 0) {
      const key = data[i] + ',' + data[i + 1] + ',' + data[i + 2] + ',' + data[i + 3];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
};`;

/** Evaluates to `ChartColours` in the trends webview's document. */
export const READ_CHART_COLOURS = `(() => {${HELPERS}
  const style = (selector, property) => {
    const element = document.querySelector(selector);
    return element ? rgbaOf(getComputedStyle(element)[property]) : null;
  };
  const canvas = document.getElementById('balance-chart');
  const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return {
    areas: areasOf(image.data),
    total: canvas.width * canvas.height,
    swatch: {
      why: style('.legend .swatch.why', 'backgroundColor'),
      how: style('.legend .swatch.how', 'backgroundColor'),
      count: style('.legend .swatch.count', 'backgroundColor'),
    },
    heat: { why: style('.heat-legend .cell.l4.t4', 'backgroundColor'), how: style('.heat-legend .cell.l4.t0', 'backgroundColor') },
    badge: { why: style('.badge.leading', 'borderTopColor'), how: style('.badge.managing', 'borderTopColor') },
    meter: { why: style('.fill.leading', 'backgroundColor'), how: style('.fill.managing', 'backgroundColor') },
  };
})()`;

/**
 * Evaluates, in any page, to the `Areas` of a PNG given as base64, within `clip` (in the PNG's
 * pixels): how the E2E test reads a screenshot of the real VS Code.
 */
export function pngAreasScript(base64: string, clip: { x: number; y: number; width: number; height: number }): string {
  return `(async () => {${HELPERS}
  const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(bitmap, 0, 0);
  const clip = ${JSON.stringify(clip)};
  return areasOf(context.getImageData(clip.x, clip.y, clip.width, clip.height).data);
})()`;
}

/** Pixels of `areas` within `tolerance` (per channel) of `colour`. */
export function areaOf(areas: Areas, colour: Rgba, tolerance = 0): number {
  const target = colour.split(',').map(Number);
  return areas
    .filter(([key]) => key.split(',').map(Number).every((value, index) => Math.abs(value - (target[index] ?? Number.NaN)) <= tolerance))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** The biggest areas, for an assertion's message. */
export function describeAreas(areas: Areas, count = 6): string {
  return areas.slice(0, count).map(([colour, pixels]) => `rgba(${colour}) ×${pixels}`).join(', ');
}
