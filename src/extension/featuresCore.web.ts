// The web extension's featuresCore.ts: the web build is one bundle (reviews, the report, the exports
// and the encrypted journal included), so no later bundle reads the features' code and there is
// nothing to hand over.
export const featuresCore = {} as const;
