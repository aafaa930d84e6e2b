// The HTML report's only stylesheet, inlined in a `<style>` element (the page's CSP allows inline
// styles and nothing else). Light by default, dark under `prefers-color-scheme: dark`; the charts'
// SVG elements are coloured by class from here.
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --soft: #f6f8fa;
  --why: #1f6feb; --how: #c4540a; --count: #8c959f; --cell-empty: rgba(128, 128, 128, 0.16);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #30363d; --soft: #161b22;
    --why: #4493f8; --how: #f0883e; --count: #6e7681; --cell-empty: rgba(128, 128, 128, 0.2);
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; margin: 16px 0 0; }
.stats div { background: var(--soft); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; }
.stats dt { color: var(--muted); font-size: 0.85em; }
.stats dd { margin: 0; font-size: 1.35em; font-weight: 600; }
.stats dd small { font-size: 0.6em; font-weight: 400; color: var(--muted); }
figure { margin: 8px 0 0; }
figcaption { color: var(--muted); font-size: 0.9em; margin-bottom: 4px; }
.legend { display: flex; gap: 16px; font-size: 0.9em; color: var(--muted); margin: 4px 0; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.swatch.why { background: var(--why); } .swatch.how { background: var(--how); } .swatch.count { background: var(--count); }
svg.chart { display: block; width: 100%; height: auto; }
svg.heatmap { max-width: 900px; }
svg text { fill: var(--muted); font: 11px system-ui, sans-serif; }
svg text.small { font-size: 9.5px; }
svg .grid { stroke: var(--border); stroke-width: 1; }
svg .why { fill: var(--why); } svg .how { fill: var(--how); } svg .count { fill: var(--count); }
svg .cell { --tint: var(--why); --level: 100%; fill: color-mix(in srgb, var(--tint) var(--level), var(--cell-empty)); }
svg .cell.l0 { fill: var(--cell-empty); }
svg .cell.l1 { --level: 55%; } svg .cell.l2 { --level: 70%; } svg .cell.l3 { --level: 85%; } svg .cell.l4 { --level: 100%; }
svg .cell.t0 { --tint: var(--how); }
svg .cell.t1 { --tint: color-mix(in srgb, var(--why) 25%, var(--how)); }
svg .cell.t2 { --tint: color-mix(in srgb, var(--why) 50%, var(--how)); }
svg .cell.t3 { --tint: color-mix(in srgb, var(--why) 75%, var(--how)); }
svg .cell.t4 { --tint: var(--why); }
svg .cell.tn { --tint: var(--muted); }
svg .cell.today { stroke: var(--fg); stroke-width: 1.5; }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; margin: 8px 0; font-size: 0.92em; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { padding: 3px 12px 3px 0; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 8px; border-radius: 2px; background: var(--count); min-width: 1px; }
.bar.leading { background: var(--why); } .bar.managing { background: var(--how); }
ul.traps { padding-left: 20px; margin: 4px 0 12px; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 32px; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.85em; }
@media print { body { background: #fff; color: #000; } details { display: block; } }
`;
