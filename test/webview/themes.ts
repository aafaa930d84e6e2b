// A representative subset of VS Code's theme variables for the harness, copied from the default
// Light+, Dark+ and High Contrast (dark) themes. The chart colours are what VS Code 1.139 computes:
// these themes set none, so charts.blue is editorInfo.foreground and charts.orange is the minimap's
// find-match colour, a translucent `rgba(234, 92, 0, 0.33)` (High Contrast leaves it unset). VS Code
// sets the variables as inline style on <html> and a kind class on <body>; so does the harness
// (`themeScript`), for the first theme and for every switch.

export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'light-modern' | 'dark-modern' | 'light-2026' | 'dark-2026';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];

export const BODY_CLASS: Readonly<Record<ThemeName, string>> = {
  light: 'vscode-light',
  dark: 'vscode-dark',
  'high-contrast': 'vscode-high-contrast',
  'light-modern': 'vscode-light',
  'dark-modern': 'vscode-dark',
  'light-2026': 'vscode-light',
  'dark-2026': 'vscode-dark',
};

/**
 * VS Code's default themes since 1.78 (Light Modern, Dark Modern), where the accessibility audit of
 * issue 19 found its problems: the Plus themes' variables with the Modern themes' own colours on top,
 * as the Modern themes include the Plus ones (light_modern.json, dark_modern.json in theme-defaults).
 */
export const MODERN_THEME_NAMES: readonly ThemeName[] = ['light-modern', 'dark-modern'];

/** The default themes of VS Code 1.139 (the one the E2E tier runs), over the Modern ones (2026-light.json, 2026-dark.json). */
export const THEMES_2026: readonly ThemeName[] = ['light-2026', 'dark-2026'];

const COMMON: Readonly<Record<string, string>> = {
  'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  'font-size': '13px',
  'font-weight': 'normal',
};

const BASE_THEMES: Readonly<Record<'light' | 'dark' | 'high-contrast', Readonly<Record<string, string>>>> = {
  light: {
    foreground: '#616161',
    descriptionForeground: '#717171',
    errorForeground: '#a1260d',
    focusBorder: '#0090f1',
    'sideBar-background': '#f3f3f3',
    'editor-background': '#ffffff',
    'button-background': '#007acc',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#0062a3',
    'button-secondaryBackground': '#5f6a79',
    'button-secondaryForeground': '#ffffff',
    'button-secondaryHoverBackground': '#4c5561',
    'dropdown-background': '#ffffff',
    'dropdown-foreground': '#616161',
    'dropdown-border': '#cecece',
    'textLink-foreground': '#006ab1',
    'textLink-activeForeground': '#006ab1',
    'charts-foreground': '#616161',
    'charts-lines': 'rgba(97, 97, 97, 0.5)',
    'charts-blue': '#0063d3',
    'charts-orange': 'rgba(234, 92, 0, 0.33)',
    'charts-green': '#388a34',
    'charts-red': '#e51400',
    'editorWidget-border': '#c8c8c8',
    'list-hoverBackground': '#e8e8e8',
    'list-inactiveSelectionBackground': '#e4e6f1',
    'badge-background': '#c4c4c4',
    'badge-foreground': '#333333',
    'editorHoverWidget-background': '#f3f3f3',
    'editorHoverWidget-foreground': '#616161',
    'editorHoverWidget-border': '#c8c8c8',
    'progressBar-background': '#0e70c0',
  },
  dark: {
    foreground: '#cccccc',
    descriptionForeground: 'rgba(204, 204, 204, 0.7)',
    errorForeground: '#f48771',
    focusBorder: '#007fd4',
    'sideBar-background': '#252526',
    'editor-background': '#1e1e1e',
    'button-background': '#0e639c',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#1177bb',
    'button-secondaryBackground': '#3a3d41',
    'button-secondaryForeground': '#ffffff',
    'button-secondaryHoverBackground': '#45494e',
    'dropdown-background': '#3c3c3c',
    'dropdown-foreground': '#f0f0f0',
    'dropdown-border': '#3c3c3c',
    'textLink-foreground': '#3794ff',
    'textLink-activeForeground': '#3794ff',
    'charts-foreground': '#cccccc',
    'charts-lines': 'rgba(204, 204, 204, 0.5)',
    'charts-blue': '#59a4f9',
    'charts-orange': 'rgba(234, 92, 0, 0.33)',
    'charts-green': '#89d185',
    'charts-red': '#f14c4c',
    'editorWidget-border': '#454545',
    'list-hoverBackground': '#2a2d2e',
    'list-inactiveSelectionBackground': '#37373d',
    'badge-background': '#4d4d4d',
    'badge-foreground': '#ffffff',
    'editorHoverWidget-background': '#252526',
    'editorHoverWidget-foreground': '#cccccc',
    'editorHoverWidget-border': '#454545',
    'progressBar-background': '#0e70c0',
  },
  'high-contrast': {
    foreground: '#ffffff',
    descriptionForeground: 'rgba(255, 255, 255, 0.7)',
    errorForeground: '#f48771',
    focusBorder: '#f38518',
    contrastBorder: '#6fc3df',
    contrastActiveBorder: '#f38518',
    'sideBar-background': '#000000',
    'editor-background': '#000000',
    'button-background': '#000000',
    'button-foreground': '#ffffff',
    'button-border': '#6fc3df',
    'button-hoverBackground': '#000000',
    'dropdown-background': '#000000',
    'dropdown-foreground': '#ffffff',
    'dropdown-border': '#6fc3df',
    'textLink-foreground': '#21a6ff',
    'textLink-activeForeground': '#21a6ff',
    'charts-foreground': '#ffffff',
    'charts-lines': 'rgba(255, 255, 255, 0.5)',
    'charts-blue': '#59a4f9',
    'charts-green': '#89d185',
    'charts-red': '#f14c4c',
    'editorWidget-border': '#6fc3df',
    'badge-background': '#000000',
    'badge-foreground': '#ffffff',
    'editorHoverWidget-background': '#0c141f',
    'editorHoverWidget-foreground': '#ffffff',
    'editorHoverWidget-border': '#6fc3df',
    'progressBar-background': '#6fc3df',
  },
};

const LIGHT_MODERN: Readonly<Record<string, string>> = {
  foreground: '#3b3b3b',
  descriptionForeground: '#3b3b3b',
  errorForeground: '#f85149',
  focusBorder: '#005fb8',
  'sideBar-background': '#f8f8f8',
  'editor-background': '#ffffff',
  'button-background': '#005fb8',
  'button-foreground': '#ffffff',
  'button-hoverBackground': '#0258a8',
  'button-secondaryBackground': '#e5e5e5',
  'button-secondaryForeground': '#3b3b3b',
  'button-secondaryHoverBackground': '#cccccc',
  'button-border': '#0000001a',
  'dropdown-background': '#ffffff',
  'dropdown-foreground': '#3b3b3b',
  'dropdown-border': '#cecece',
  'textLink-foreground': '#005fb8',
  'textLink-activeForeground': '#005fb8',
  'charts-foreground': '#3b3b3b',
  'widget-border': '#e5e5e5',
  'list-hoverBackground': '#f2f2f2',
  'badge-background': '#cccccc',
  'badge-foreground': '#3b3b3b',
  'progressBar-background': '#005fb8',
};

const DARK_MODERN: Readonly<Record<string, string>> = {
  foreground: '#cccccc',
  descriptionForeground: '#9d9d9d',
  errorForeground: '#f85149',
  focusBorder: '#0078d4',
  'sideBar-background': '#181818',
  'editor-background': '#1f1f1f',
  'button-background': '#0078d4',
  'button-foreground': '#ffffff',
  'button-hoverBackground': '#026ec1',
  'button-secondaryBackground': '#00000000',
  'button-secondaryForeground': '#cccccc',
  'button-secondaryHoverBackground': '#2b2b2b',
  'button-border': '#ffffff1a',
  'dropdown-background': '#313131',
  'dropdown-foreground': '#cccccc',
  'dropdown-border': '#3c3c3c',
  'textLink-foreground': '#4daafc',
  'textLink-activeForeground': '#4daafc',
  'widget-border': '#313131',
  'badge-background': '#616161',
  'badge-foreground': '#f8f8f8',
  'progressBar-background': '#0078d4',
};

const LIGHT_2026: Readonly<Record<string, string>> = {
  foreground: '#202020',
  descriptionForeground: '#606060',
  errorForeground: '#ad0707',
  focusBorder: '#0069cc',
  'sideBar-background': '#fafafd',
  'editor-background': '#ffffff',
  'editor-foreground': '#202020',
  'button-background': '#0069cc',
  'button-foreground': '#ffffff',
  'button-secondaryBackground': '#eaeaea',
  'button-secondaryForeground': '#202020',
  'button-border': '#0069cc',
  'dropdown-background': '#ffffff',
  'dropdown-foreground': '#202020',
  'dropdown-border': '#d8d8d8',
  'textLink-foreground': '#0069cc',
  'textLink-activeForeground': '#0069cc',
  'charts-blue': '#1a5cff',
  'charts-orange': '#d18616',
  'charts-green': '#388a34',
  'charts-red': '#ad0707',
  'charts-purple': '#652d90',
  'widget-border': '#e2e2e5',
  'list-hoverBackground': '#00000014',
  'list-inactiveSelectionBackground': '#dadada99',
  'list-inactiveSelectionForeground': '#202020',
  'badge-background': '#0069cc',
  'badge-foreground': '#ffffff',
  'progressBar-background': '#0069cc',
};

const DARK_2026: Readonly<Record<string, string>> = {
  foreground: '#bfbfbf',
  descriptionForeground: '#8c8c8c',
  errorForeground: '#f48771',
  focusBorder: '#3994bcb3',
  'sideBar-background': '#191a1b',
  'editor-background': '#121314',
  'editor-foreground': '#bbbebf',
  'button-background': '#297aa0',
  'button-foreground': '#ffffff',
  'button-border': '#297aa0',
  'dropdown-background': '#191a1b',
  'dropdown-foreground': '#bfbfbf',
  'dropdown-border': '#333536',
  'textLink-foreground': '#48a0c7',
  'textLink-activeForeground': '#53a5ca',
  'charts-blue': '#57a3f8',
  'charts-orange': '#cd861a',
  'charts-green': '#86cf86',
  'charts-red': '#ef8773',
  'charts-purple': '#ad80d7',
  'widget-border': '#2a2b2c',
  'list-hoverBackground': '#ffffff14',
  'list-inactiveSelectionBackground': '#2c2d2e',
  'list-inactiveSelectionForeground': '#ededed',
  'badge-background': '#307e9f',
  'badge-foreground': '#ffffff',
  'progressBar-background': '#878889',
};

const THEMES: Readonly<Record<ThemeName, Readonly<Record<string, string>>>> = {
  ...BASE_THEMES,
  'light-modern': { ...BASE_THEMES.light, ...LIGHT_MODERN },
  'dark-modern': { ...BASE_THEMES.dark, ...DARK_MODERN },
  'light-2026': { ...BASE_THEMES.light, ...LIGHT_MODERN, ...LIGHT_2026 },
  'dark-2026': { ...BASE_THEMES.dark, ...DARK_MODERN, ...DARK_2026 },
};

/** The view background VS Code paints behind a sidebar webview. */
export const BACKGROUND_STYLESHEET = ':root {\n  background: var(--vscode-sideBar-background);\n}\n';

/**
 * A script that switches to `theme` exactly as VS Code's webview host does (`applyStyles` in
 * src/vs/workbench/contrib/webview/browser/pre/index.html): the kind class and theme data on <body>
 * first, then every `--vscode-*` property on <html> removed and the new ones set, through CSSOM.
 */
export function themeScript(theme: ThemeName): string {
  const variables = Object.fromEntries(Object.entries({ ...COMMON, ...THEMES[theme] }).map(([key, value]) => [`--vscode-${key}`, value]));
  return `(() => {
  const body = document.body;
  body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light');
  body.classList.add(${JSON.stringify(BODY_CLASS[theme])});
  body.dataset.vscodeThemeKind = ${JSON.stringify(BODY_CLASS[theme])};
  body.dataset.vscodeThemeId = ${JSON.stringify(theme)};
  const style = document.documentElement.style;
  for (let i = style.length - 1; i >= 0; i--) {
    const property = style[i];
    if (property && property.startsWith('--vscode-')) {
      style.removeProperty(property);
    }
  }
  for (const [name, value] of Object.entries(${JSON.stringify(variables)})) {
    style.setProperty(name, value);
  }
})();`;
}
