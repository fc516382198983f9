/**
 * Organisation tagging (enterprises and institutions). The dictionary infrastructure it uses
 * lives in `src/dictionary/`; this module only re-exports the public pieces of both.
 */
export { createEntityTagger, type EntityTagger, type EntityTaggerOptions } from './tagger.js';
export { realignTokens } from '../segment/realign.js';
export * from '../dictionary/index.js';
