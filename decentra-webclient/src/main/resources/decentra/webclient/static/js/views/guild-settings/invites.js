// Server settings → Invites: create one, and the list with its use counts; revoke.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { formatDateTime, formatRelative } from '../../format.js';
import { memberName } from '../../guild-model.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { copyWithFeedback } from '../clipboard.js';
import { alertRegion, say, whileBusy } from '../form.js';
import { inviteCreator } from '../guild/invite-creator.js';
import { describeLimits, inviteState, STATE_LABELS } from '../settings/invites.js';

/** Renders the Invites tab and loads the server's invites; returns {element, cleanup}. */
export function renderInvitesTab({ ctx, guildId }) {
  const { store } = ctx;
  const error = alertRegion('guild-invites-error');
  const list = h('ul', { id: 'guild-invite-list', class: 'item-list', 'aria-busy': 'true', 'aria-labelledby': 'guild-invite-list-title', tabindex: '-1' },
    h('li', { class: 'item-placeholder' }, 'Loading invites…'));
  let invites = [];
  let active = true;

  const nameOf = (userId) => {
    const member = store.get().members?.[guildId]?.[userId];
    return member ? memberName(member) : 'someone who left';
  };
  const renderList = () => {
    list.replaceChildren(...invites.map((invite) => inviteItem(invite)));
    if (invites.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'No invites yet.'));
  };
  const inviteItem = (invite) => {
    const state = inviteState(invite);
    const usable = state === 'usable';
    const copy = usable && h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': `Copy link of invite ${invite.code}` }, 'Copy link');
    const revoke = usable && h('button', { type: 'button', class: 'button button-danger-outline button-small', 'aria-label': `Revoke invite ${invite.code}` }, 'Revoke');
    const item = h('li', { class: ['item', !usable && 'item-inactive'], dataset: { code: invite.code } },
      icon('link', 'icon item-icon'),
      h('div', { class: 'item-main' },
        h('p', { class: 'item-title' }, h('code', { class: 'invite-code' }, invite.code), !usable && h('span', { class: 'badge' }, STATE_LABELS[state])),
        h('p', { class: 'item-meta' },
          describeLimits(invite), ' · created ',
          h('time', { datetime: invite.created_at, title: formatDateTime(invite.created_at) }, formatRelative(invite.created_at)),
          ' by ', nameOf(invite.created_by))),
      h('div', { class: 'item-actions' }, copy, revoke));
    copy?.addEventListener('click', () => copyWithFeedback(copy, invite.url, item));
    revoke?.addEventListener('click', () => whileBusy(revoke, 'Revoking…', async () => {
      say(error, '');
      try {
        await api.revokeGuildInvite(guildId, invite.code);
        invites = invites.map((other) => (other.code === invite.code ? { ...other, revoked: true } : other));
        renderList();
        list.focus();
      } catch (err) {
        say(error, describeError(err));
      }
    }));
    return item;
  };

  api.getGuildInvites(guildId).then((loaded) => {
    if (!active) return;
    invites = loaded.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    renderList();
  }, (err) => {
    if (!active) return;
    list.replaceChildren(h('li', { class: 'item-placeholder' }, 'The invites could not be loaded.'));
    say(error, describeError(err));
  }).finally(() => list.removeAttribute('aria-busy'));
  ctx.live.loadMembers(guildId).then(() => { if (active && invites.length > 0) renderList(); }, () => {});

  const creator = inviteCreator(guildId, {
    error,
    onCreated: (invite) => {
      invites = [invite, ...invites.filter((other) => other.code !== invite.code)];
      renderList();
    },
  });
  const element = h('div', { class: 'settings-section' },
    h('section', { class: 'settings-group settings-group-first', 'aria-labelledby': 'guild-invite-create-title' },
      h('h3', { id: 'guild-invite-create-title', class: 'settings-group-title' }, 'Create an invite'),
      h('p', { class: 'settings-hint' }, 'Anyone with the link can join this server, and create an account on this instance if they need one.'),
      creator.element),
    error,
    h('section', { class: 'settings-group', 'aria-labelledby': 'guild-invite-list-title' },
      h('h3', { id: 'guild-invite-list-title', class: 'settings-group-title' }, 'Invites'),
      list));
  return { element, cleanup: () => { active = false; } };
}
