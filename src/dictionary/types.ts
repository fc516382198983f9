import type { EntitySubtype, EntityType } from '../core/types.js';
import { subtypesOf } from '../lexicon/entitySubtypes.js';

/** One dictionary entry as a caller or a TSV row gives it. */
export interface DictionaryEntryInput {
  /** The full, official name; also the entity's `canonical`. */
  readonly name: string;
  /** `enterprise` or `institution`. */
  readonly type: EntityType;
  /** A known subtype (`company`, `bank`, `government`…) or one the file declares; default: the type's own. */
  readonly subtype?: string;
  /** Other names that mean the entry (short forms, stock names): each is tagged with `canonical: name`. */
  readonly aliases?: readonly string[];
  /** Your id for the entry (a registry number, a stock code), echoed on every mention. */
  readonly id?: string;
}

/** A problem found while reading or checking a dictionary, located by `file:line`. */
export interface DictionaryDiagnostic {
  /** The file as the caller named it, or `<entries>` for runtime entries. */
  readonly file: string;
  /** One-based line number; 0 when the problem is not tied to one line. */
  readonly line: number;
  /** An error rejects the whole file; a warning is reported and the file still loads. */
  readonly severity: 'error' | 'warning';
  /** What is wrong, for programs. */
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
  /** What is wrong, for people. */
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
  /** Every problem found, errors and warnings, in file order. */
  readonly diagnostics: readonly DictionaryDiagnostic[];
  constructor(diagnostics: readonly DictionaryDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`invalid dictionary:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'DictionaryError';
    this.diagnostics = diagnostics;
  }
}

/** A dictionary file read: its entries, and every problem found, located by `file:line`. */
export interface ParsedDictionary {
  /** The entries, in file order (empty when the file has errors that stop parsing). */
  entries: ParsedEntry[];
  /** Errors and warnings, in file order. */
  diagnostics: DictionaryDiagnostic[];
}

/** An entry after parsing, with where it came from. */
export interface ParsedEntry {
  /** The full name (width-folded). */
  readonly name: string;
  /** `enterprise` or `institution`. */
  readonly type: EntityType;
  /** The subtype, the type's default when the row left it empty. */
  readonly subtype: EntitySubtype;
  /** Other names of the entry. */
  readonly aliases: readonly string[];
  /** The row's id, when it had one. */
  readonly id?: string;
  /** Only match inside a sentence with a cue word of this context (`sports`: 罗马 the club, not the city). */
  readonly context?: string;
  /** The file the row came from (`<entries>` for runtime entries). */
  readonly file: string;
  /** One-based line of the row in that file. */
  readonly line: number;
}

export const ENTITY_TYPES: readonly EntityType[] = ['enterprise', 'institution'];

/**
 * Subtypes a dictionary file may use without declaring them, per type (what the built-in data
 * uses). A file adds its own with a comment line `# subtypes: insurance, securities`; any other
 * subtype is an error (`dict/unknown-subtype`). Runtime entries take any subtype.
 */
export const KNOWN_SUBTYPES: Readonly<Record<EntityType, readonly string[]>> = {
  enterprise: subtypesOf('enterprise'),
  institution: subtypesOf('institution'),
};

/** Default subtype when a row leaves it empty. */
export function defaultSubtype(type: EntityType): EntitySubtype {
  return type === 'enterprise' ? 'company' : 'public';
}
