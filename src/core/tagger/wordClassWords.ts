// The word classes' words (wordClasses.ts), as written: plain words, one row per class in the order of
// its bit. Read at build time only: scripts/generateLexicon.ts stems them with the shipped lemma
// tables into lexiconTable.generated.ts CLASS_STEMS, which the tagger loads; the trainer reads them too.
import {
  ANNOUNCEMENT, ASK, BIG_TALK, CARE_REPLY, COMMITMENT, CONSEQUENCE, CONTROL, CUT, DEFLECT, DETAIL_QUESTION, ENTHUSIASM,
  HABIT, NEED, NOVICE, OTHER_PERSON, PROPOSAL, PUSH_OBJECT, PUSH_VERB, REDO, REFUSAL, REPEATED, RITUAL, SCOPE,
  SILENT_REFUSAL, SPEECH, UNDONE, UNFINISHED, WHOEVER,
} from './wordClassBits';
import { base64Width, writeBase64 } from './base64Numbers';

export const CLASS_WORDS: readonly (readonly [number, string])[] = [
  [REDO, 'rewrite rewrote rewritten redo redid redone rework reworked reformat reformatted restructure restructured redraft redrafted reword reworded overrode overrule overruled'],
  [CONTROL, 'reopen reopened rearrange rearranged recheck rechecked check checked review reviewed vet vetted approve approved edit edited correct corrected change changed switch switched swap swapped move moved proofread read look go went join joined sit sat lead led take took ring rang call called send sent'],
  [SCOPE, 'every any all each whole everything anything myself personally again own'],
  [OTHER_PERSON, 'his her their him them he she they'],
  [NEED, 'tired shattered exhausted knackered burnt burnout stress stressed sick ill unwell faint dizzy headache headaches pain hurt injured injury breather upset crying cried bereavement grief overwhelmed drained rest water'],
  [CARE_REPLY, 'home rest off support help cover sorry listened listen care okay ok recover doctor gp swap leave early'],
  [REFUSAL, 'not no never nothing wait later stop fine full everyone all job ignored declined'],
  [SPEECH, 'say said tell told reply replied answer answered respond responded'],
  [SILENT_REFUSAL, 'ignored declined dismissed binned shelved'],
  [CUT, 'cancel cancelled stop stopped scrap scrapped skip skipped drop dropped axe axed remove removed ditch ditched'],
  [RITUAL, 'session debrief huddle talk lunch briefing practice training coaching toolbox stretch supervision wellbeing social retro one-to-one check-in'],
  [PROPOSAL, 'suggest suggested suggestion propose proposed proposal offered idea ideas pilot trial try consider nominate invite invited inviting improve improvement redesign'],
  [HABIT, 'always years same traditional usual routine current way fine never'],
  [BIG_TALK, 'promise promised announce announced speech talk pitched dream vision idea ideas plan plans launch'],
  [ENTHUSIASM, 'ovation cheer cheering cheered clapped buzzing buzz excited excitement energy thrilled loved love inspired'],
  [UNFINISHED, 'still yet never forgot forgotten waiting'],
  [COMMITMENT, 'promise promised announced idea scheme framework launch circle club programme initiative speech'],
  [PUSH_VERB, 'want expect need push demand'],
  [PUSH_OBJECT, 'better more faster higher target targets output rate rates'],
  [WHOEVER, 'anyone whoever bottom lowest worst slowest'],
  [CONSEQUENCE, 'will gets get goes go face lose'],
  [DETAIL_QUESTION, 'who when budget owner timeline date dates deadline plan details cost'],
  [ASK, 'ask asked asking wonder wondered'],
  [DEFLECT, 'later not worry vibe admin details dampen spoil kill'],
  [UNDONE, 'never not forgot forgotten still'],
  [NOVICE, 'new first never novice trainee apprentice starter'],
  [REPEATED, 'again too twice'],
  [ANNOUNCEMENT, 'promise promised announce announced launch launched scheme framework initiative programme circle club speech'],
];

/**
 * The stems of {@link CLASS_WORDS}, as scripts/generateLexicon.ts writes them with the shipped lemma
 * tables (lexiconTable.generated.ts `CLASS_STEMS`), so loading stems no word and decodes no lemma
 * table; a unit test checks it matches. A decimal digit W, then per class, in the order of their
 * bits, separated by `|`, its words' stems, each once, in the words' order, each as its place in the
 * built-in stem table (`places`, which must hold it) in W base-64 digits: the tagger reads the
 * classes by stem id with no look-up (wordClasses.ts).
 */
export function encodeClassStems(stem: (word: string) => string, places: ReadonlyMap<string, number>): string {
  const width = base64Width(Math.max(0, ...places.values()));
  return String(width) + CLASS_WORDS.map(([bit, words], place) => {
    if (bit !== 1 << place) {
      throw new Error(`word classes: CLASS_WORDS must list the classes in the order of their bits (row ${place})`);
    }
    return [...new Set(words.split(/\s+/).map((word) => stem(word)))].map((stemmed) => {
      const at = places.get(stemmed);
      if (at === undefined) {
        throw new Error(`word classes: the stem "${stemmed}" is not in the stem table`);
      }
      return writeBase64(at, width);
    }).join('');
  }).join('|');
}
