// The shipped sentence models (modelTable.generated.ts, written by scripts/generateLexicon.ts from
// what scripts/trainTagger.ts trained), one per language and process, read as features are met.
import type { TaggerLanguage } from './lemmaTable';
import { DE_MODEL, EN_MODEL } from './modelTable.generated';
import { ShippedModel } from './modelTable';

const models: Partial<Record<TaggerLanguage, ShippedModel>> = {};

export function builtInSentenceModel(language: TaggerLanguage): ShippedModel {
  let model = models[language];
  if (model === undefined) {
    model = new ShippedModel(language === 'en' ? EN_MODEL : DE_MODEL);
    models[language] = model;
  }
  return model;
}
