// The shipped sentence models (modelTable.generated.ts, written by scripts/trainTagger.ts), decoded
// once per language and process.
import type { TaggerLanguage } from './lemmaTable';
import { DE_MODEL, EN_MODEL } from './modelTable.generated';
import { decodeModelTable } from './modelTable';
import type { SentenceModelTable } from './sentenceModel';

const models: Partial<Record<TaggerLanguage, SentenceModelTable>> = {};

export function builtInSentenceModel(language: TaggerLanguage): SentenceModelTable {
  let model = models[language];
  if (model === undefined) {
    model = decodeModelTable(language === 'en' ? EN_MODEL : DE_MODEL);
    models[language] = model;
  }
  return model;
}
