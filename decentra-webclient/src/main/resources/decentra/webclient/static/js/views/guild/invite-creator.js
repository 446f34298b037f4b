// Creating a server invite: expiry and max uses, then the link to share (#create-guild-invite, #guild-invite-url).
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { describeError } from '../../messages.js';
import { copyWithFeedback } from '../clipboard.js';
import { field, markInvalid, say, whileBusy } from '../form.js';
import { DEFAULT_EXPIRY, describeLimits, EXPIRY_CHOICES } from '../settings/invites.js';

/**
 * The invite form for a server; `error` is the alert region to report in, `onCreated(invite)` runs after
 * each new invite. Returns {element}.
 */
export function inviteCreator(guildId, { error, onCreated }) {
  const expiry = h('select', { id: 'guild-invite-expiry', class: 'input' },
    EXPIRY_CHOICES.map(([value, label]) => h('option', { value, selected: value === DEFAULT_EXPIRY }, label)));
  const maxUses = field({
    id: 'guild-invite-max-uses', label: 'Max uses', type: 'number', min: 1, max: 10000, step: 1, inputmode: 'numeric',
    placeholder: 'No limit', className: 'field-inline',
  });
  const create = h('button', { id: 'create-guild-invite', type: 'submit', class: 'button button-primary' }, 'Create invite');
  const result = h('div', { class: 'invite-result', hidden: true });

  const onSubmit = (event) => {
    event.preventDefault();
    const uses = maxUses.input.value.trim();
    const usesValid = uses === '' || (/^\d+$/.test(uses) && Number(uses) >= 1 && Number(uses) <= 10000);
    markInvalid(maxUses.input, !usesValid);
    if (!usesValid) {
      say(error, 'Max uses must be a whole number between 1 and 10000, or empty for no limit.');
      maxUses.input.focus();
      return;
    }
    say(error, '');
    const options = {};
    if (uses) options.max_uses = Number(uses);
    if (expiry.value) options.max_age_seconds = Number(expiry.value);
    whileBusy(create, 'Creating…', async () => {
      try {
        const invite = await api.createGuildInvite(guildId, options);
        showResult(result, invite);
        onCreated?.(invite);
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  const element = h('div', { class: 'invite-creator' },
    h('form', { class: 'invite-form', novalidate: true, onsubmit: onSubmit },
      h('div', { class: 'field field-inline' }, h('label', { class: 'field-label', for: 'guild-invite-expiry' }, 'Expire after'), expiry),
      maxUses.element,
      create),
    result);
  return { element };
}

function showResult(result, invite) {
  const url = h('input', {
    id: 'guild-invite-url', class: 'input input-mono', readonly: true, value: invite.url, 'aria-describedby': 'guild-invite-url-hint',
  });
  const copy = h('button', { type: 'button', class: 'button button-secondary' }, 'Copy');
  copy.addEventListener('click', () => copyWithFeedback(copy, invite.url, result));
  replace(result,
    h('label', { class: 'field-label', for: 'guild-invite-url' }, 'Share this link'),
    h('div', { class: 'copy-row' }, url, copy),
    h('p', { id: 'guild-invite-url-hint', class: 'settings-hint' }, describeLimits(invite)));
  result.hidden = false;
  url.focus();
  url.select();
}
