// /invite/{code} for someone signed in: which server the invite leads to, and a button to join it (#invite-accept).
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { alertRegion, say, whileBusy } from '../form.js';
import { enter } from './add-server.js';
import { invitePreviewCard } from './invite-preview.js';

/** Renders the invite page into `root` and loads the preview; returns the function that stops it. */
export function renderInvitePage(root, ctx, code) {
  const { store } = ctx;
  document.title = 'Invite · Decentra';
  let active = true;
  const body = h('div', { class: 'invite-page-body', 'aria-live': 'polite' }, h('p', { class: 'auth-subtitle' }, 'Looking up the invite…'));
  const error = alertRegion('invite-error');
  const later = h('a', { href: '/app', 'data-route': true, class: 'button button-link' }, 'Not now');

  root.replaceChildren(h('main', { class: 'auth-page' },
    h('div', { class: 'auth-card invite-card' },
      h('div', { class: 'auth-brand' }, icon('logo', 'auth-logo'), h('span', {}, 'Decentra')),
      body,
      error)));

  api.previewInvite(code).then((preview) => {
    if (!active) return;
    const member = Boolean(store.get().guilds?.[preview.guild.id]);
    const accept = h('button', { id: 'invite-accept', type: 'button', class: 'button button-primary button-block' },
      member ? `Open ${preview.guild.name}` : `Join ${preview.guild.name}`);
    accept.addEventListener('click', () => whileBusy(accept, 'Joining…', async () => {
      say(error, '');
      try {
        enter(ctx, await api.acceptInvite(code));
      } catch (err) {
        if (active) say(error, describeError(err));
      }
    }));
    document.title = `Join ${preview.guild.name} · Decentra`;
    replace(body,
      invitePreviewCard(preview, { id: 'invite-preview' }),
      member && h('p', { class: 'settings-hint invite-member-note' }, 'You are a member of this server already.'),
      h('div', { class: 'invite-actions' }, accept, later));
    accept.focus();
  }, (err) => {
    if (!active) return;
    const unknown = err.code === 'invite_unknown' || err.code === 'not_found';
    replace(body,
      h('h1', { class: 'auth-title' }, 'This invite does not work'),
      h('p', { class: 'auth-subtitle' }, unknown
        ? 'It may have been mistyped, or it is an invite to create an account here rather than to join a server. '
          + 'You have an account already.'
        : describeError(err)),
      h('a', { href: '/app', 'data-route': true, class: 'button button-primary button-block', id: 'invite-continue' }, 'Continue to Decentra'));
  });

  return () => { active = false; };
}
