// How a user looks: avatar (image, emoji or initial), status dot and the name to show.
import { h } from '../dom.js';

const PALETTE = ['#5865f2', '#3ba55c', '#e67e22', '#ed4245', '#eb459e', '#0ea5e9', '#8b5cf6', '#14b8a6'];

/** The status names the user can choose, with their labels. */
export const STATUSES = [
  { value: 'online', label: 'Online' },
  { value: 'idle', label: 'Idle' },
  { value: 'dnd', label: 'Do Not Disturb', hint: 'You will not be disturbed by notifications.' },
  { value: 'invisible', label: 'Invisible', hint: 'You will appear offline to others.' },
];

/** The label of a status value ("Do Not Disturb"). */
export function statusLabel(status) {
  return STATUSES.find((entry) => entry.value === status)?.label ?? 'Offline';
}

/** The name to show for a user: the display name, else the username. */
export function displayName(user) {
  return user.display_name || user.username;
}

/** A stable colour for a user id, so the initial avatar keeps its colour everywhere. */
export function userColour(id) {
  let hash = 2166136261;
  for (const char of String(id)) hash = Math.imul(hash ^ char.codePointAt(0), 16777619);
  return PALETTE[(hash >>> 0) % PALETTE.length];
}

/** The first character (grapheme) of the user's name, upper-cased. */
function initial(user) {
  const name = displayName(user).trim();
  const first = typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter().segment(name)[Symbol.iterator]().next().value?.segment
    : Array.from(name)[0];
  return (first ?? '?').toLocaleUpperCase();
}

/** An avatar element of the given size ('sm' | 'md' | 'lg' | 'xl'), with a status dot when `withStatus`. */
export function avatar(user, { size = 'md', withStatus = false } = {}) {
  return h('span', { class: ['avatar', `avatar-${size}`] },
    avatarFace(user),
    withStatus && statusDot(user.status));
}

/** A status dot with an accessible label. */
function statusDot(status) {
  return h('span', { class: 'status-dot', dataset: { status }, role: 'img', 'aria-label': statusLabel(status) });
}

function avatarFace(user) {
  const background = { backgroundColor: userColour(user.id) };
  const url = user.avatar?.type === 'image' ? user.avatar.url : null;
  if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) {
    const fallback = h('span', { class: 'avatar-face', style: background, 'aria-hidden': 'true' }, initial(user));
    const img = h('img', { class: 'avatar-face', src: url, alt: '', decoding: 'async', draggable: 'false' });
    img.addEventListener('error', () => img.replaceWith(fallback), { once: true });
    return img;
  }
  const emoji = user.avatar?.type === 'emoji' ? user.avatar.emoji : null;
  return h('span', { class: ['avatar-face', emoji && 'avatar-emoji'], style: background, 'aria-hidden': 'true' },
    emoji || initial(user));
}
