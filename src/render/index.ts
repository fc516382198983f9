/** `renderHtml`: an analysis drawn as a self-contained HTML page. */
export { renderHtml, type RenderOptions } from './renderHtml.js';
