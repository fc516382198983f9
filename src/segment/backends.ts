import type { Segmenter } from './segmenter.js';

// The backends every platform has; the native ones are in nativeBackends.ts (Node only).

/** The error a backend throws when its package or native binding cannot be loaded. */
export class SegmenterUnavailableError extends Error {
  /** Always `SegmenterUnavailableError`. */
  override readonly name = 'SegmenterUnavailableError';
}

/**
 * No dictionary: runs of Han characters become one-character tokens, runs of Latin letters
 * and digits stay whole. Entities and numbers still work; metrics are coarser.
 */
export const noneSegmenter: Segmenter = {
  name: 'none',
  cut(text) {
    return text.match(/[A-Za-z0-9]+|\s+|[\s\S]/gu) ?? [];
  },
};
