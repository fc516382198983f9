/**
 * Time expressions as their own stage: found per sentence with spans in the text they were
 * read from, resolved to years by the document date. Statements read horizons from here.
 */
export { findTimeExpressions, resolveYears, type TimeExpression, type TimeMeaning } from './expressions.js';
