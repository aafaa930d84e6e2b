// The sentence list and the traps: each sentence with its side, a button that opens the entry at its
// line, and its cues; each trap with its meaning and the sentences that show it. Entry text is set
// as text only (dom.ts), never parsed as HTML.
import type { ExplainedCue, ExplainedSentence, ExplainedTrap } from '../../core/tagger/explanation';
import { button, el } from '../trends/dom';
import { parts, t } from './i18n';
import { trapHint, trapName } from './names';

/** Opens the entry at a zero-based line. */
export type OpenLine = (line: number) => void;

/** A button naming the line as people count (from 1); `id` keeps keyboard focus across redraws. */
function lineButton(line: number, id: string, openLine: OpenLine): HTMLButtonElement {
  return button(t('line', line + 1), () => openLine(line), {
    class: 'line-link',
    attrs: { id, 'aria-label': t('lineLabel', line + 1), 'data-line': String(line) },
  });
}

function sideWord(side: 'why' | 'how'): HTMLElement {
  return el('strong', { class: `side-word ${side}`, text: t(side === 'why' ? 'cueWhy' : 'cueHow') });
}

/** The cue's words; the translation puts the quotation marks its language uses around them. */
const quoted = (words: string): HTMLElement => el('span', { class: 'words', text: words });

/** Whether a cue names words as a reason (evidence, the user's term, a shape); contrast and negation are notes on how the sentence was read. */
function isReason(cue: ExplainedCue): boolean {
  return cue.kind !== 'contrast' && cue.kind !== 'negation';
}

function cueItem(cue: ExplainedCue): HTMLElement {
  switch (cue.kind) {
    case 'evidence':
    case 'term':
      return el('li', { class: `cue ${cue.side ?? ''} ${cue.kind}` },
        parts(cue.kind === 'term' ? 'cueTerm' : 'cueEvidence', quoted(cue.words), sideWord(cue.side ?? 'why')));
    case 'shape':
      return el('li', { class: `cue ${cue.side ?? ''} shape` }, parts('cueShape', quoted(cue.words), sideWord(cue.side ?? 'how'),
        el('span', { class: 'shape-name', text: t(cue.shape === 'supply' ? 'shapeSupply' : 'shapeFigures') })));
    default:
      return el('li', { class: 'cue other', text: cue.words });
  }
}

/** A note on how the sentence was read (a contrast, a negation): shown under the reasons, not among them. */
function noteItem(cue: ExplainedCue): HTMLElement {
  return el('p', { class: `reading-note ${cue.kind} muted` }, parts(cue.kind === 'contrast' ? 'cueContrast' : 'cueNegation', quoted(cue.words)));
}

function sentenceItem(sentence: ExplainedSentence, index: number, openLine: OpenLine): HTMLElement {
  const side = sentence.label === 'why' ? t('sideWhy') : sentence.label === 'how' ? t('sideHow') : t('sideNone');
  const reasons = sentence.cues.filter(isReason);
  const cues = reasons.length > 0
    ? el('ul', { class: 'cues', attrs: { 'aria-label': t('cuesLabel') } }, reasons.map(cueItem))
    : sentence.label !== 'unclear' ? el('p', { class: 'cues-none muted', text: t('cueNone') }) : null;
  return el('li', { class: `sentence ${sentence.label}` }, [
    el('div', { class: 'sentence-head' }, [
      el('span', { class: `side ${sentence.label}`, text: side }),
      lineButton(sentence.line, `sentence-${index}`, openLine),
    ]),
    el('p', { class: 'text', text: sentence.text }),
    cues,
    ...sentence.cues.filter((cue) => !isReason(cue)).map(noteItem),
  ]);
}

export function sentencesSection(sentences: readonly ExplainedSentence[], openLine: OpenLine): HTMLElement {
  return el('section', { class: 'sentences', attrs: { 'aria-labelledby': 'sentences-heading' } }, [
    el('h2', { text: t('sentencesHeading'), attrs: { id: 'sentences-heading' } }),
    el('p', { class: 'muted intro', text: t('sentencesIntro') }),
    el('ol', { class: 'sentence-list' }, sentences.map((sentence, index) => sentenceItem(sentence, index, openLine))),
  ]);
}

function trapItem(trap: ExplainedTrap, index: number, openLine: OpenLine): HTMLElement {
  return el('li', { class: 'trap' }, [
    el('h3', { text: trapName(trap.id) }),
    el('p', { class: 'muted', text: trapHint(trap.id) }),
    el('p', { class: 'evidence-caption', text: t('trapEvidence') }),
    el('ul', { class: 'evidence' }, trap.evidence.map((evidence, at) => el('li', {}, [
      evidence.line === null ? null : lineButton(evidence.line, `trap-${index}-${at}`, openLine),
      el('q', { class: 'text', text: evidence.text }),
    ]))),
  ]);
}

export function trapsSection(traps: readonly ExplainedTrap[], openLine: OpenLine): HTMLElement | null {
  if (traps.length === 0) {
    return null;
  }
  return el('section', { class: 'traps', attrs: { 'aria-labelledby': 'traps-heading' } }, [
    el('h2', { text: t('trapsHeading'), attrs: { id: 'traps-heading' } }),
    el('p', { class: 'muted intro', text: t('trapsIntro') }),
    el('ul', { class: 'trap-list' }, traps.map((trap, index) => trapItem(trap, index, openLine))),
  ]);
}
