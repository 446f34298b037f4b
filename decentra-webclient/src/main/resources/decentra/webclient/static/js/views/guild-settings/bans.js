// Server settings → Bans: who is banned, why and since when; lifting a ban.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { formatDateTime, formatRelative } from '../../format.js';
import { compareIds } from '../../guild-model.js';
import { describeError } from '../../messages.js';
import { avatar, displayName } from '../avatar.js';
import { alertRegion, say, statusRegion, whileBusy } from '../form.js';

/** Renders the Bans tab and loads the bans; returns {element, cleanup}. */
export function renderBansTab({ guildId }) {
  const error = alertRegion('guild-bans-error');
  const done = statusRegion('guild-bans-status');
  const list = h('ul', { id: 'guild-ban-list', class: 'item-list', 'aria-busy': 'true', 'aria-label': 'Banned users', tabindex: '-1' },
    h('li', { class: 'item-placeholder' }, 'Loading bans…'));
  let bans = [];
  let active = true;

  const render = () => {
    list.replaceChildren(...bans.map(banItem));
    if (bans.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'Nobody is banned.'));
  };
  const banItem = (ban) => {
    const name = displayName(ban.user);
    const unban = h('button', {
      type: 'button', class: 'button button-secondary button-small', dataset: { action: 'unban' }, 'aria-label': `Lift the ban on ${name}`,
    }, 'Unban');
    unban.addEventListener('click', () => whileBusy(unban, 'Lifting…', async () => {
      say(error, '');
      say(done, '');
      try {
        await api.unbanMember(guildId, ban.user.id);
        bans = bans.filter((other) => other.user.id !== ban.user.id);
        render();
        say(done, `${name} can join again with an invite.`);
        list.focus();
      } catch (err) {
        say(error, describeError(err));
      }
    }));
    return h('li', { class: 'item', dataset: { userId: ban.user.id } },
      avatar(ban.user, { size: 'md' }),
      h('div', { class: 'item-main' },
        h('p', { class: 'item-title' }, name, h('span', { class: 'item-subtle' }, `@${ban.user.username}`)),
        h('p', { class: 'item-meta' },
          'Banned ', h('time', { datetime: ban.created_at, title: formatDateTime(ban.created_at) }, formatRelative(ban.created_at)),
          ban.reason ? ` · ${ban.reason}` : ' · no reason given')),
      h('div', { class: 'item-actions' }, unban));
  };

  const load = () => api.getBans(guildId).then((loaded) => {
    if (!active) return;
    bans = loaded.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || compareIds(b.user.id, a.user.id));
    render();
  }, (err) => {
    if (!active) return;
    list.replaceChildren(h('li', { class: 'item-placeholder' },
      h('button', { type: 'button', class: 'button button-secondary', onclick: load }, 'Try again')));
    say(error, describeError(err));
  }).finally(() => list.removeAttribute('aria-busy'));
  load();

  const element = h('div', { class: 'settings-section' },
    h('p', { class: 'settings-hint' }, 'Banned people cannot join through any invite until their ban is lifted.'),
    error,
    done,
    list);
  return { element, cleanup: () => { active = false; } };
}
