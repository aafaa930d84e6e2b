// The options `classify` and `tag` share to add the user's own words to the tagger's lexicon:
// `--why-term TERM` and `--how-term TERM`, each repeatable, each taking the next argument as a word or
// phrase for that side (TaggerOptions' whyTerms and howTerms).

export type TermOption = '--why-term' | '--how-term';

/** The terms given so far, as the tagger takes them. */
export interface Terms {
  readonly whyTerms: string[];
  readonly howTerms: string[];
}

export function isTermOption(arg: string): arg is TermOption {
  return arg === '--why-term' || arg === '--how-term';
}

/** Adds `term`, the argument after `option`, to its side; the usage error when there is none. */
export function addTerm(terms: Terms, option: TermOption, term: string | undefined): string | undefined {
  if (term === undefined) {
    return `${option} needs a term`;
  }
  (option === '--why-term' ? terms.whyTerms : terms.howTerms).push(term);
  return undefined;
}
