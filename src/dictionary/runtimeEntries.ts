import { defaultSubtype, ENTITY_TYPES, type DictionaryDiagnostic, type DictionaryEntryInput, type ParsedEntry } from './types.js';

/**
 * Checks runtime entries (`createEntityTagger({ entries })`, `withEntries()`) and turns them into
 * parsed entries numbered like lines of a file named `<entries>`; bad ones become diagnostics.
 *
 * @example
 * entriesFromInputs([{ name: '蓝鲸数字科技有限公司', type: 'enterprise' }]).entries[0].subtype //=> 'company'
 */
export function entriesFromInputs(inputs: readonly DictionaryEntryInput[]): { entries: ParsedEntry[]; diagnostics: DictionaryDiagnostic[] } {
  const entries: ParsedEntry[] = [];
  const diagnostics: DictionaryDiagnostic[] = [];
  if (!Array.isArray(inputs)) throw new TypeError('entries must be an array of { name, type, subtype?, aliases?, id? }');
  inputs.forEach((e, i) => {
    const file = '<entries>';
    const line = i + 1;
    const name = e !== null && typeof e === 'object' && typeof e.name === 'string' ? e.name.trim() : '';
    if (name === '') return void diagnostics.push({ file, line, severity: 'error', code: 'dict/empty-name', message: 'empty name' });
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      return void diagnostics.push({ file, line, severity: 'error', code: 'dict/unknown-type', message: `unknown type "${String(e.type)}"` });
    }
    const aliases = (e.aliases ?? []).map((a: unknown) => (typeof a === 'string' ? a.trim() : ''));
    if (aliases.some((a: string) => a === '')) return void diagnostics.push({ file, line, severity: 'error', code: 'dict/bad-alias', message: 'empty alias' });
    entries.push({
      name,
      type: e.type,
      subtype: e.subtype || defaultSubtype(e.type),
      aliases: aliases.filter((a: string) => a !== name),
      ...(e.id !== undefined ? { id: e.id } : {}),
      file,
      line,
    });
  });
  return { entries, diagnostics };
}
