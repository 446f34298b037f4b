// How a server looks: its uploaded icon, or its initials.
import { h } from '../../dom.js';
import { guildInitials } from '../../guild-model.js';

/** A server icon of the given size ('sm' | 'md' | 'lg' | 'xl'): the image, or the initials when there is none. */
export function guildIcon(guild, { size = 'md' } = {}) {
  return h('span', { class: ['guild-icon', `guild-icon-${size}`], 'aria-hidden': 'true' }, iconFace(guild));
}

function iconFace(guild) {
  const initials = h('span', { class: 'guild-icon-initials' }, guildInitials(guild.name));
  const url = guild.icon_url;
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return initials;
  const img = h('img', { class: 'guild-icon-image', src: url, alt: '', decoding: 'async', draggable: 'false' });
  img.addEventListener('error', () => img.replaceWith(initials), { once: true });
  return img;
}
