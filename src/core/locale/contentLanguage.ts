// Which language the product writes into entries: the prompt packs, the kinds' titles and headings.
// Only English and German are written; any other locale gets English text (its dates are still
// formatted for it, see entryPlan.ts). The locale is passed in by the caller, never looked up here.

export type ContentLanguage = 'en' | 'de';

export const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['en', 'de'];

/**
 * The content language for a BCP 47 tag: `de`, `de-DE`, `de-AT`, `de-CH` (any case, `_` or `-`) →
 * `de`; everything else, empty or undefined → `en`.
 */
export function contentLanguage(locale: string | undefined): ContentLanguage {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' ? 'de' : 'en';
}
