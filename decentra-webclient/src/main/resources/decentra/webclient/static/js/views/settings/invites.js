// Settings → Invites: create invite links, copy them, revoke them; admins also set who may invite.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { formatDateTime, formatRelative } from '../../format.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { displayName } from '../avatar.js';
import { copyWithFeedback } from '../clipboard.js';
import { alertRegion, field, markInvalid, say, whileBusy } from '../form.js';

/** The expiry choices of an invite form: [seconds or '', label]. */
export const EXPIRY_CHOICES = [
  ['', 'Never'], ['1800', '30 minutes'], ['3600', '1 hour'], ['86400', '1 day'], ['604800', '7 days'],
];
/** The expiry an invite form starts with: 7 days. */
export const DEFAULT_EXPIRY = '604800';
/** Badges for invites that can no longer be used. */
export const STATE_LABELS = { revoked: 'Revoked', expired: 'Expired', used_up: 'Used up' };

/** Renders the invites panel and loads the list; returns {element, cleanup}. */
export function renderInvites({ store }) {
  const me = store.get().user;
  const error = alertRegion('settings-invites-error');
  const names = new Map([[me.id, 'you']]);
  let invites = [];
  let active = true;

  const list = h('ul', { id: 'invite-list', class: 'item-list', 'aria-busy': 'true', 'aria-labelledby': 'invite-list-title', tabindex: '-1' },
    h('li', { class: 'item-placeholder' }, 'Loading invites…'));
  const onRevoked = (code) => {
    invites = invites.map((invite) => (invite.code === code ? { ...invite, revoked: true } : invite));
    renderList();
    list.focus();
  };
  const renderList = () => {
    list.replaceChildren(...invites.map((invite) => inviteItem(invite, { names, error, onRevoked })));
    if (invites.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'No invites yet.'));
  };
  const learnNames = () => {
    const unknown = new Set(invites.map((invite) => invite.created_by).filter((id) => !names.has(id)));
    for (const id of unknown) {
      names.set(id, id);
      api.getUser(id).then((user) => {
        names.set(id, displayName(user));
        if (active) renderList();
      }, () => {});
    }
  };
  api.getInvites().then((loaded) => {
    if (!active) return;
    invites = loaded.sort(newestFirst);
    learnNames();
    renderList();
  }, (err) => {
    if (!active) return;
    list.replaceChildren(h('li', { class: 'item-placeholder' }, 'The invites could not be loaded.'));
    say(error, describeError(err));
  }).finally(() => list.removeAttribute('aria-busy'));

  // Creating.
  const expiry = h('select', { id: 'invite-expiry', class: 'input' },
    EXPIRY_CHOICES.map(([value, label]) => h('option', { value, selected: value === DEFAULT_EXPIRY }, label)));
  const maxUses = field({
    id: 'invite-max-uses', label: 'Max uses', type: 'number', min: 1, max: 10000, step: 1, inputmode: 'numeric',
    placeholder: 'No limit', className: 'field-inline',
  });
  const create = h('button', { id: 'create-invite', type: 'submit', class: 'button button-primary' }, 'Create invite');
  const result = h('div', { class: 'invite-result', hidden: true });

  const onCreate = (event) => {
    event.preventDefault();
    const uses = maxUses.input.value.trim();
    const usesValid = uses === '' || (/^\d+$/.test(uses) && Number(uses) >= 1 && Number(uses) <= 10000);
    markInvalid(maxUses.input, !usesValid);
    if (!usesValid) {
      say(error, describeError({ code: 'invalid_invite_options' }));
      maxUses.input.focus();
      return;
    }
    say(error, '');
    const options = {};
    if (uses) options.max_uses = Number(uses);
    if (expiry.value) options.max_age_seconds = Number(expiry.value);
    whileBusy(create, 'Creating…', async () => {
      try {
        const invite = await api.createInvite(options);
        invites = [invite, ...invites.filter((other) => other.code !== invite.code)];
        renderList();
        showResult(result, invite);
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  const policy = me.admin ? policyToggle(store, error) : null;
  const element = h('div', { class: 'settings-section' },
    policy?.element,
    h('section', { class: 'settings-group', 'aria-labelledby': 'invite-create-title' },
      h('h3', { id: 'invite-create-title', class: 'settings-group-title' }, 'Create an invite'),
      h('p', { class: 'settings-hint' }, 'Anyone with the link can create an account on this instance.'),
      h('form', { class: 'invite-form', novalidate: true, onsubmit: onCreate },
        h('div', { class: 'field field-inline' }, h('label', { class: 'field-label', for: 'invite-expiry' }, 'Expire after'), expiry),
        maxUses.element,
        create),
      result),
    error,
    h('section', { class: 'settings-group', 'aria-labelledby': 'invite-list-title' },
      h('h3', { id: 'invite-list-title', class: 'settings-group-title' }, me.admin ? 'All invites' : 'Your invites'),
      list));
  return {
    element,
    cleanup: () => {
      active = false;
      policy?.cleanup();
    },
  };
}

/** The admin's switches: members_can_invite and guild_invites_allow_sign_up; returns {element, cleanup}. */
function policyToggle(store, error) {
  const members = adminSwitch(store, error, {
    id: 'members-can-invite',
    field: 'members_can_invite',
    label: 'Members may create invites',
    hint: 'When this is off, only administrators can invite people.',
  });
  const servers = adminSwitch(store, error, {
    id: 'guild-invites-allow-sign-up',
    field: 'guild_invites_allow_sign_up',
    label: 'Server invites can create accounts',
    hint: 'When this is off, a server invite link only works for people who already have an account here.',
  });
  return {
    element: h('div', {}, members.element, servers.element),
    cleanup: () => { members.cleanup(); servers.cleanup(); },
  };
}

/** One switch bound to a boolean instance setting; returns {element, cleanup}. */
function adminSwitch(store, error, { id, field, label, hint }) {
  const checkbox = h('input', { id, type: 'checkbox', class: 'switch', 'aria-describedby': `${id}-hint` });
  const unwatch = store.watch(['instance'], ({ instance }) => { checkbox.checked = Boolean(instance?.[field]); });
  checkbox.addEventListener('change', async () => {
    const wanted = checkbox.checked;
    say(error, '');
    try {
      store.set({ instance: await api.updateInstance({ [field]: wanted }) });
    } catch (err) {
      checkbox.checked = !wanted;
      say(error, describeError(err));
    }
  });
  const element = h('div', { class: 'toggle-row' },
    h('div', {},
      h('label', { for: id, class: 'toggle-label' }, label),
      h('p', { id: `${id}-hint`, class: 'settings-hint' }, hint)),
    checkbox);
  return { element, cleanup: unwatch };
}

function showResult(result, invite) {
  const url = h('input', { id: 'invite-url', class: 'input input-mono', readonly: true, value: invite.url, 'aria-describedby': 'invite-url-hint' });
  const copy = h('button', { type: 'button', class: 'button button-secondary' }, 'Copy');
  copy.addEventListener('click', () => copyWithFeedback(copy, invite.url, result));
  replace(result,
    h('label', { class: 'field-label', for: 'invite-url' }, 'Share this link'),
    h('div', { class: 'copy-row' }, url, copy),
    h('p', { id: 'invite-url-hint', class: 'settings-hint' }, describeLimits(invite)));
  result.hidden = false;
  url.focus();
  url.select();
}

function inviteItem(invite, { names, error, onRevoked }) {
  const state = inviteState(invite);
  const copy = state === 'usable' && h('button', { type: 'button', class: 'button button-secondary button-small' }, 'Copy link');
  const revoke = state === 'usable' && h('button', { type: 'button', class: 'button button-danger-outline button-small' }, 'Revoke');
  const item = h('li', { class: ['item', state !== 'usable' && 'item-inactive'], dataset: { code: invite.code } },
    icon('link', 'icon item-icon'),
    h('div', { class: 'item-main' },
      h('p', { class: 'item-title' },
        h('code', { class: 'invite-code' }, invite.code),
        state !== 'usable' && h('span', { class: 'badge' }, STATE_LABELS[state])),
      h('p', { class: 'item-meta' },
        describeLimits(invite),
        ' · created ', h('time', { datetime: invite.created_at, title: formatDateTime(invite.created_at) }, formatRelative(invite.created_at)),
        ' by ', names.get(invite.created_by) ?? invite.created_by)),
    h('div', { class: 'item-actions' }, copy, revoke));
  if (copy) {
    copy.setAttribute('aria-label', `Copy link of invite ${invite.code}`);
    copy.addEventListener('click', () => copyWithFeedback(copy, invite.url, item));
  }
  if (revoke) {
    revoke.setAttribute('aria-label', `Revoke invite ${invite.code}`);
    revoke.addEventListener('click', () => whileBusy(revoke, 'Revoking…', async () => {
      say(error, '');
      try {
        await api.revokeInvite(invite.code);
        onRevoked(invite.code);
      } catch (err) {
        say(error, describeError(err));
      }
    }));
  }
  return item;
}

/** 'usable', 'revoked', 'expired' or 'used_up'. */
export function inviteState(invite) {
  if (invite.revoked) return 'revoked';
  if (invite.expires_at && Date.parse(invite.expires_at) <= Date.now()) return 'expired';
  if (invite.max_uses != null && invite.uses >= invite.max_uses) return 'used_up';
  return 'usable';
}

/** "1 of 5 uses · expires in 3 days". */
export function describeLimits(invite) {
  const uses = invite.max_uses != null ? `${invite.uses} of ${invite.max_uses} uses` : `${invite.uses} ${invite.uses === 1 ? 'use' : 'uses'}`;
  if (!invite.expires_at) return `${uses} · never expires`;
  const past = Date.parse(invite.expires_at) <= Date.now();
  return `${uses} · ${past ? 'expired' : 'expires'} ${formatRelative(invite.expires_at)}`;
}

function newestFirst(a, b) {
  return Date.parse(b.created_at) - Date.parse(a.created_at);
}
