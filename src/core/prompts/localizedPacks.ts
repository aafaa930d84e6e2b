// The prompt packs in the language of a locale (see contentLanguage.ts): German for `de`, English
// otherwise. A prompt keeps its id in every language, so a prompt chosen in one language (the prompt
// of the day is chosen from the English list) is shown in another by its id.
import type { LocalDate } from '../calendar/localDate';
import { contentLanguage } from '../locale/contentLanguage';
import { GERMAN_PROMPT_PACKS } from './germanPacks';
import { PROMPT_PACKS, type Prompt, type PromptPack } from './packs';
import { promptOfTheDayFromPacks } from './rotation';

const GERMAN_BY_ID: ReadonlyMap<string, Prompt> = new Map(
  GERMAN_PROMPT_PACKS.flatMap((pack) => pack.prompts).map((prompt) => [prompt.id, prompt]),
);

/** All packs in the locale's language, in {@link PROMPT_PACKS} order. */
export function promptPacksFor(locale: string | undefined): readonly PromptPack[] {
  return contentLanguage(locale) === 'de' ? GERMAN_PROMPT_PACKS : PROMPT_PACKS;
}

/** The same prompt (by id) in the locale's language; the prompt itself when there is no translation. */
export function localizePrompt(prompt: Prompt, locale: string | undefined): Prompt {
  return contentLanguage(locale) === 'de' ? GERMAN_BY_ID.get(prompt.id) ?? prompt : prompt;
}

/**
 * The prompt of the day in the locale's language. The rotation runs over the English list, so every
 * language shows the same question on the same day.
 */
export function promptOfTheDayFor(date: LocalDate, locale: string | undefined): Prompt {
  return localizePrompt(promptOfTheDayFromPacks(date), locale);
}
