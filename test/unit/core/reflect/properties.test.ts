import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { extractMentions, MAX_MENTION_LENGTH } from '../../../../src/core/reflect/mentions';
import { parsePeopleFile } from '../../../../src/core/reflect/peopleFile';
import { parseQuery } from '../../../../src/core/reflect/searchQuery';
import { findInText } from '../../../../src/core/reflect/search';

const MARKDOWN_PIECES = ['@', '@ana', '@Ana-María', '.', '-', '_', 'a@b.com', '/@x', '\\@', '`', '```\n', '\n', '\r\n', ' ', 'é', '\u0301', '\uD800', '李', '---\n', '#'];
const YAML_PIECES = ['Ana: [a, b]\n', 'Sam Lee:\n', '  - x\n', ': ', '[', ']', '{', '}', '"', "'", '#', '\n', '\t', '- ', '&a ', '*a', '!!map ', '? ', '---\n', '...\n', '@', 'ani', '\uFEFF'];
const QUERY_PIECES = ['tag:', 'kind:', 'person:', 'trap:', 'from:', 'to:', 'since:', 'why', '2026-02-30', '2026-01', '"', '“', '”', ':', ' ', 'ana', 'x:y', '\t', '\n'];

const joined = (pieces: readonly string[]) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('reflect: readers never throw on arbitrary input (properties)', () => {
  it('mentions are non-empty names without @ or spaces, in line order', () => {
    fc.assert(fc.property(joined(MARKDOWN_PIECES), (text) => {
      let previous = 0;
      for (const mention of extractMentions(text)) {
        assert.ok(mention.name !== '' && mention.name.length <= MAX_MENTION_LENGTH && !/[@\s]/.test(mention.name));
        assert.ok(mention.line >= previous);
        previous = mention.line;
      }
    }), { numRuns: 500 });
  });

  it('people.yml gives people or line-numbered problems', () => {
    fc.assert(fc.property(joined(YAML_PIECES), (text) => {
      const file = parsePeopleFile(text);
      const lines = text.split(/\r\n?|\n/).length;
      for (const problem of file.problems) {
        assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines + 1, JSON.stringify(problem));
        assert.ok(problem.message.length > 0);
      }
      for (const person of file.people) {
        assert.ok(person.name.trim() !== '');
      }
    }), { numRuns: 500 });
  });

  it('a query parses, and its terms search any text', () => {
    fc.assert(fc.property(joined(QUERY_PIECES), joined(MARKDOWN_PIECES), (input, text) => {
      const { query, problems } = parseQuery(input);
      assert.ok(problems.every((problem) => problem.message !== ''));
      assert.ok(query.terms.every((term) => term !== ''));
      const match = findInText(query, text);
      if (match) {
        assert.ok(match.line >= 0 && match.line < text.split(/\r\n?|\n/).length);
      }
    }), { numRuns: 500 });
  });
});
