import type { EntitySubtype, EntityType } from '../core/types.js';

/** One dictionary entry as a caller or a TSV row gives it. */
export interface DictionaryEntryInput {
  readonly name: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly aliases?: readonly string[];
  readonly id?: string;
}

/** A problem found while reading or checking a dictionary, located by `file:line`. */
export interface DictionaryDiagnostic {
  readonly file: string;
  /** One-based line number; 0 when the problem is not tied to one line. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code:
    | 'dict/header'
    | 'dict/malformed'
    | 'dict/empty-name'
    | 'dict/unknown-type'
    | 'dict/unknown-subtype'
    | 'dict/bad-alias'
    | 'dict/conflicting-type'
    | 'dict/duplicate-alias'
    | 'dict/duplicate-name'
    | 'dict/cache'
    | 'dict/io';
  readonly message: string;
}

/**
 * Formats a diagnostic as `file:line: reason`.
 *
 * @example
 * formatDiagnostic({ file: 'my.tsv', line: 3, severity: 'error', code: 'dict/empty-name', message: 'empty name' })
 * //=> 'my.tsv:3: empty name'
 */
export function formatDiagnostic(d: DictionaryDiagnostic): string {
  return visibleControls(`${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`);
}

/**
 * Control characters (C0, DEL, C1, bidi overrides) written as `\u{…}`: a name from a file
 * must not move the cursor, clear the terminal or reorder the line it is printed on.
 *
 * @example
 * visibleControls('甲\x1b[2J公司') //=> '甲\\u{1b}[2J公司'
 */
export function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Thrown when a user dictionary has errors; nothing of it is loaded. */
export class DictionaryError extends Error {
  readonly diagnostics: readonly DictionaryDiagnostic[];
  constructor(diagnostics: readonly DictionaryDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`invalid dictionary:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'DictionaryError';
    this.diagnostics = diagnostics;
  }
}

/** An entry after parsing, with where it came from. */
export interface ParsedEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly subtype: EntitySubtype;
  readonly aliases: readonly string[];
  readonly id?: string;
  /** Only match inside a sentence with a cue word of this context (`sports`: 罗马 the club, not the city). */
  readonly context?: string;
  readonly file: string;
  readonly line: number;
}

export const ENTITY_TYPES: readonly EntityType[] = ['enterprise', 'institution'];

/**
 * Subtypes a dictionary file may use without declaring them, per type (what the built-in data
 * uses). A file adds its own with a comment line `# subtypes: insurance, securities`; any other
 * subtype is an error (`dict/unknown-subtype`). Runtime entries take any subtype.
 */
export const KNOWN_SUBTYPES: Readonly<Record<EntityType, readonly string[]>> = {
  enterprise: ['company', 'bank'],
  institution: ['government', 'party', 'hospital', 'university', 'school', 'research', 'media', 'community', 'association', 'public', 'sports'],
};

/** Default subtype when a row leaves it empty. */
export function defaultSubtype(type: EntityType): EntitySubtype {
  return type === 'enterprise' ? 'company' : 'public';
}
