// The decision revisit: a short entry the product writes beside a decision when it is time to look at
// it again (decisions/revisitEntry.ts). It is not offered by New Entry, because it only makes sense
// linked to its decision, but it is a template like the kinds in kinds.ts — the same body contract,
// English and German texts keyed by stable ids — and its headings and labels are scaffolding the
// tagger skips (scaffoldLines.ts reads them from here).
import { free, renderBody, structured, type KindSection } from './kinds';

export const REVISIT_KIND_ID = 'decision-revisit';

export interface RevisitTemplate {
  readonly id: typeof REVISIT_KIND_ID;
  /** The title template (`{{date}}` or `{{longdate}}`), without the leading `# `. */
  readonly title: string;
  readonly sections: readonly KindSection[];
  readonly body: string;
}

function template(title: string, sections: readonly KindSection[]): RevisitTemplate {
  return { id: REVISIT_KIND_ID, title, sections, body: renderBody({ title, sections }) };
}

export const REVISIT_TEMPLATE: RevisitTemplate = template('Revisiting a decision, {{date}}', [
  free('decision-revisit.happened', 'What actually happened?'),
  free('decision-revisit.expected', 'What did I expect, and where did it turn out differently?'),
  free('decision-revisit.knew', 'What did I know then, and what do I know now?'),
  structured('decision-revisit.verdict', 'Looking back', [
    ['as-expected', 'Turned out as expected (yes, partly or no)'],
    ['keep', 'What I would keep'],
    ['change', 'What I would change'],
  ]),
]);

export const GERMAN_REVISIT_TEMPLATE: RevisitTemplate = template('Rückblick auf eine Entscheidung, {{longdate}}', [
  free('decision-revisit.happened', 'Was ist tatsächlich passiert?'),
  free('decision-revisit.expected', 'Was hatte ich erwartet, und wo kam es anders?'),
  free('decision-revisit.knew', 'Was wusste ich damals, und was weiß ich heute?'),
  structured('decision-revisit.verdict', 'Im Rückblick', [
    ['as-expected', 'Wie erwartet (ja, teilweise oder nein)'],
    ['keep', 'Was ich beibehalten würde'],
    ['change', 'Was ich ändern würde'],
  ]),
]);
