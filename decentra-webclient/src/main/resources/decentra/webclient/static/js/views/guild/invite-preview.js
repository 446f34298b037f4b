// The card that shows which server an invite leads to, before anyone joins it.
import { h } from '../../dom.js';
import { guildIcon } from './guild-icon.js';

/** A preview card for an InvitePreview: icon, "You have been invited to join", name and member count. */
export function invitePreviewCard(preview, { id } = {}) {
  const count = preview.member_count;
  return h('div', { id, class: 'invite-preview' },
    guildIcon(preview.guild, { size: 'lg' }),
    h('div', { class: 'invite-preview-text' },
      h('p', { class: 'invite-preview-kicker' }, 'You have been invited to join'),
      h('p', { class: 'invite-preview-name' }, preview.guild.name),
      h('p', { class: 'invite-preview-count' },
        h('span', { class: 'invite-preview-dot', 'aria-hidden': 'true' }),
        `${count} ${count === 1 ? 'member' : 'members'}`)));
}
