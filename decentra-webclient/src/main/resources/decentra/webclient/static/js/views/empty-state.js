// A centred icon and sentence for a place with nothing in it (yet).
import { h } from '../dom.js';
import { icon } from '../icons.js';

/** An empty state: an icon, a sentence, and optional further nodes (a heading, a button). */
export function emptyState(iconName, text, ...extra) {
  return h('div', { class: 'empty-state' }, icon(iconName, 'icon empty-state-icon'), h('p', {}, text), extra);
}
