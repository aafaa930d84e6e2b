import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { entryFacts } from '../../../../src/core/reflect/entryFacts';
import { foldText, foldWithOffsets } from '../../../../src/core/reflect/foldText';
import { extractMentions } from '../../../../src/core/reflect/mentions';
import { ambiguousPeople, collectPeople, personTimeline, type PersonSource } from '../../../../src/core/reflect/people';
import { createPeopleDirectory } from '../../../../src/core/reflect/peopleDirectory';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { personKey } from '../../../../src/core/reflect/personKey';
import { PEOPLE_YML } from '../../../fixtures/reflect/journal';

const names = (text: string): string[] => extractMentions(text).map((m) => m.name);

describe('reflect: @mentions', () => {
  it('reads names with accents, dots and hyphens, without trailing punctuation', () => {
    assert.deepEqual(names('Met @ana, then @Ana-María and @sam.lee. Thanks @李雷! (@bo_k)'), ['ana', 'Ana-María', 'sam.lee', '李雷', 'bo_k']);
    assert.deepEqual(names('Decomposed: @Jose\u0301 and @ana-.'), ['Jose\u0301', 'ana']);
  });

  it('leaves e-mail addresses, link addresses, escapes and code alone', () => {
    assert.deepEqual(names('Mail a@b.com or ana.lopez@example.org; see https://x.org/@ana and \\@sam'), []);
    assert.deepEqual(names('Inline `@ana` code\n```\n@sam\n```\n~~~\n@bo'), []);
    assert.deepEqual(names('@@double and @ alone and @-dash'), []);
  });

  it('skips front matter and gives lines counted from the top of the file', () => {
    const text = '---\nnote: "@hidden"\n---\n# Title\n\nwith @ana\r\nand @bo';
    assert.deepEqual(extractMentions(text), [{ name: 'ana', line: 5 }, { name: 'bo', line: 6 }]);
  });

  it('gives the index each mentioned name once, and the commitments', () => {
    const facts = entryFacts('---\npeople: [Ana]\n---\n@ana and @ana again, @Ana\n\n## Next\n- [ ] call @bo\n');
    assert.deepEqual(facts.mentions, ['ana', 'Ana', 'bo']);
    assert.deepEqual(facts.commitments.map((c) => c.text), ['call @bo']);
  });
});

describe('reflect: people names', () => {
  it('folds case and accents, keeping a way back to the original text', () => {
    assert.equal(foldText('Ana María ŁÓPEZ'), 'ana maria łopez');
    assert.equal(foldText('Straße ＡＢＣ ﬁle'), 'strasse abc file');
    const folded = foldWithOffsets('Añb');
    assert.equal(folded.folded, 'anb');
    assert.deepEqual(folded.offsets, [0, 1, 2]);
    assert.deepEqual(foldWithOffsets('ﬁx').offsets, [0, 0, 1]);
  });

  it('keys a name by case, accents and separators', () => {
    assert.equal(personKey('Ana María'), 'ana maria');
    assert.equal(personKey('@ana-maria'), 'ana maria');
    assert.equal(personKey('  SAM.LEE '), 'sam lee');
    assert.notEqual(personKey('samlee'), personKey('Sam Lee'));
  });

  it('keys idempotently (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Á', 'ß', 'İ', 'ﬁ', 'ℌ', 'Σ', '@', '.', '-', '_', ' ', '\t', '\u0301', '李', 'Ǆ', 'ǅ') , maxLength: 20 }), (name) => {
      const key = personKey(name);
      assert.equal(personKey(key), key);
      assert.equal(foldText(foldText(name)), foldText(name));
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (name) => {
      assert.equal(personKey(personKey(name)), personKey(name));
    }), { numRuns: 1000 });
  });
});

describe('reflect: people.yml', () => {
  it('reads full names and aliases', () => {
    assert.deepEqual(parsePeopleFile(PEOPLE_YML), {
      people: [
        { name: 'Ana María López', aliases: ['ana', 'ana-maria', 'ani'] },
        { name: 'Sam Lee', aliases: ['sam.lee', 'samlee'] },
        { name: 'Sam Ortiz', aliases: ['sam.ortiz'] },
      ],
      problems: [],
    });
    assert.deepEqual(parsePeopleFile('\uFEFFBo Chen:\nCy: cyrus\nDee:\n  - dee\n  - "@deedee"\n'), {
      people: [{ name: 'Bo Chen', aliases: [] }, { name: 'Cy', aliases: ['cyrus'] }, { name: 'Dee', aliases: ['dee', 'deedee'] }],
      problems: [],
    });
    assert.deepEqual(parsePeopleFile('# nobody yet\n'), { people: [], problems: [] });
  });

  it('reports malformed files with line numbers instead of throwing', () => {
    const broken = parsePeopleFile('Ana: [ana\nSam: x\n');
    assert.deepEqual(broken.people, []);
    assert.ok(broken.problems.length > 0);
    assert.ok(broken.problems.every((p) => p.line >= 1 && /not valid YAML/.test(p.message) && !/column/.test(p.message)), JSON.stringify(broken.problems));
    assert.deepEqual(parsePeopleFile('- ana\n- sam\n').problems, [
      { line: 1, message: 'people.yml should map each full name to its aliases. Write one person per line, like "Ana María López: [ana, ana-maria, ani]".' },
    ]);
  });

  it('keeps the good lines of a file with conflicts, and says which lines were not used', () => {
    const file = parsePeopleFile('Ana López: [ana, ani]\nAni Kim: [ani]\nana lopez: [al]\nBo: {nick: b}\n"": [x]\nCy: [[c]]\n');
    assert.deepEqual(file.people, [
      { name: 'Ana López', aliases: ['ana', 'ani'] },
      { name: 'Ani Kim', aliases: [] },
      { name: 'Bo', aliases: [] },
      { name: 'Cy', aliases: [] },
    ]);
    assert.deepEqual(file.problems.map((p) => p.line), [2, 3, 4, 5, 6]);
    assert.match(file.problems[0]?.message ?? '', /"ani" already stands for Ana López/);
    assert.match(file.problems[1]?.message ?? '', /listed twice/);
  });
});

describe('reflect: resolving people', () => {
  const directory = createPeopleDirectory(parsePeopleFile(PEOPLE_YML).people);

  it('resolves full names and aliases, whatever the case and accents', () => {
    for (const written of ['Ana María López', 'ana maria lopez', '@ani', 'ANA', 'Ana-Maria']) {
      assert.deepEqual(directory.resolve(written), { kind: 'listed', key: 'ana maria lopez', name: 'Ana María López' }, written);
    }
    assert.deepEqual(directory.resolve('sam.lee'), { kind: 'listed', key: 'sam lee', name: 'Sam Lee' });
    assert.deepEqual(directory.resolve('SamLee'), { kind: 'listed', key: 'sam lee', name: 'Sam Lee' });
  });

  it('reports a first name two listed people share as ambiguous, and merges it with neither', () => {
    assert.deepEqual(directory.resolve('@Sam'), { kind: 'ambiguous', key: 'sam', candidates: ['Sam Lee', 'Sam Ortiz'] });
    const onlyOne = createPeopleDirectory([{ name: 'Sam Lee', aliases: [] }]);
    assert.deepEqual(onlyOne.resolve('sam'), { kind: 'listed', key: 'sam lee', name: 'Sam Lee' }, 'one Sam is not ambiguous');
    const explicit = createPeopleDirectory([{ name: 'Sam Lee', aliases: ['sam'] }, { name: 'Sam Ortiz', aliases: [] }]);
    assert.equal(explicit.resolve('sam').kind, 'listed', 'an alias settles it');
  });

  it('keeps anyone else as written, matched by case and accents only', () => {
    assert.deepEqual(directory.resolve('Bo'), { kind: 'unlisted', key: 'bo' });
    assert.deepEqual(createPeopleDirectory([]).resolve('Ana María'), { kind: 'unlisted', key: 'ana maria' });
  });
});

describe('reflect: people in the journal', () => {
  const directory = createPeopleDirectory(parsePeopleFile(PEOPLE_YML).people);
  const source = (date: string, overrides: Partial<PersonSource> = {}): PersonSource => ({
    date, path: `2026/${date.slice(5, 7)}/${date}.md`, kind: 'daily', style: null, people: [], title: date, ...overrides,
  });
  const records: PersonSource[] = [
    source('2026-03-10', { kind: 'one-on-one', people: ['Ana María López'], mentions: ['ana'], style: 'coaching', path: '2026/03/2026-03-10-1on1-ana-maria-lopez.md' }),
    source('2026-01-05', { mentions: ['ani', 'bo', 'Bo'], style: 'directing' }),
    source('2026-03-12', { mentions: ['sam', 'Bo'] }),
    source('2026-03-13', { people: ['sam.lee'], style: 'directing', kind: 'situational' }),
    source('2026-03-20', { mentions: ['ana'], style: 'delegating' }),
  ];

  it('lists everyone, most entries first, an entry counted once per person', () => {
    const people = collectPeople(records, directory);
    assert.deepEqual(people.map((p) => [p.name, p.entries.length, p.ambiguousWith]), [
      ['Ana María López', 3, []],
      ['Bo', 2, []],
      ['Sam Lee', 1, []],
      ['sam', 1, ['Sam Lee', 'Sam Ortiz']],
    ]);
    assert.deepEqual(ambiguousPeople(people).map((p) => p.name), ['sam']);
  });

  it('names an unlisted person by the form written most often', () => {
    const people = collectPeople([source('2026-01-01', { mentions: ['bo'] }), source('2026-01-02', { mentions: ['bo'] }), source('2026-01-03', { people: ['Bo'] })], createPeopleDirectory([]));
    assert.deepEqual(people.map((p) => p.name), ['bo']);
  });

  it('builds a person’s timeline: entries, 1:1s and styles by month', () => {
    const timeline = personTimeline(records, directory, 'ana maria lopez');
    assert.ok(timeline);
    assert.equal(timeline.name, 'Ana María López');
    assert.deepEqual(timeline.entries.map((e) => e.date), ['2026-01-05', '2026-03-10', '2026-03-20']);
    assert.deepEqual(timeline.oneOnOnes.map((e) => e.path), ['2026/03/2026-03-10-1on1-ana-maria-lopez.md']);
    assert.deepEqual(timeline.stylesByMonth, [
      { month: '2026-01', styles: { directing: 1, coaching: 0, supporting: 0, delegating: 0 } },
      { month: '2026-03', styles: { directing: 0, coaching: 1, supporting: 0, delegating: 1 } },
    ]);
    assert.equal(personTimeline(records, directory, 'nobody'), undefined);
  });
});
