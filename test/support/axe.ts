// axe-core, run inside a rendered page or a webview's frame: the shipped axe.min.js is evaluated in
// the frame (through Playwright, which the pages' Content-Security-Policy does not block), then
// `axe.run` checks the whole document with every rule axe enables by default. Used by the webview
// tier (test/webview, a headless Chromium) and the E2E tier (the webview inside the real VS Code),
// so both apply the same rules; the tests fail on any serious or critical finding.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

/** One rule that failed, with the elements it failed on. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: AxeImpact | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly message: string }[];
}

let source: string | undefined;

/** axe.min.js as installed (read once). */
function axeSource(): string {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * axe's violations in `frame`'s document. The frame's own content only: a webview's document has
 * no frames of its own, and the workbench around it is VS Code's, not ours.
 */
export async function runAxe(frame: Frame | Page): Promise<AxeFinding[]> {
  const loaded = await frame.evaluate('typeof window.axe === "object"');
  if (loaded !== true) {
    await frame.evaluate(axeSource());
  }
  // A string, not a function: the page's CSP forbids eval, and Playwright sends strings as they are.
  return frame.evaluate<AxeFinding[]>(`(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'], iframes: false });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact || null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        message: (node.failureSummary || '').replace(/\\s+/g, ' ').trim(),
      })),
    }));
  })()`);
}

/** The findings a test fails on: serious and critical. */
export function seriousFindings(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** One line per element: rule id, impact, target and axe's message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.flatMap((finding) => finding.nodes.map((node) =>
    `${finding.id} [${finding.impact ?? 'unknown'}] ${node.target}: ${node.message || finding.help}`)).join('\n');
}
