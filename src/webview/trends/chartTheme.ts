// The colours and font the chart is drawn with, as read from the theme (theme.ts). Free of DOM types,
// so the chart's configuration can be built and tested outside a browser.
export interface ChartTheme {
  readonly why: string;
  readonly how: string;
  readonly count: string;
  /** Unclear entries in the count row: the count colour, fainter (media/trends.css `--unclear`). */
  readonly unclear: string;
  /** The stylesheet's `--balanced` (the theme's charts.purple, opaque): the calendar's own series. */
  readonly calendar: string;
  readonly foreground: string;
  readonly muted: string;
  readonly grid: string;
  readonly focus: string;
  readonly hoverBackground: string;
  readonly hoverForeground: string;
  readonly hoverBorder: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly highContrast: boolean;
}

/** How every chart's tooltip looks: the theme's hover colours and font (balanceChartConfig.ts, calendarChartConfigs.ts). */
export function tooltipStyle(theme: ChartTheme) {
  return {
    borderWidth: 1,
    backgroundColor: theme.hoverBackground,
    titleColor: theme.hoverForeground,
    bodyColor: theme.hoverForeground,
    borderColor: theme.hoverBorder,
    titleFont: { family: theme.fontFamily, weight: 'bold' as const },
    bodyFont: { family: theme.fontFamily },
  };
}

/**
 * How every bar chart behaves: drawn at once (no animation), sized by its container, and hovered or
 * clicked a whole column at a time (bars are tall targets).
 */
export const BAR_CHART_BEHAVIOUR = {
  animation: false,
  normalized: true,
  responsive: true,
  maintainAspectRatio: false,
  interaction: { mode: 'index', intersect: false, axis: 'x' },
} as const;
