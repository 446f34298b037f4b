// A channel's permissions (#overwrite-editor): for a role or a member, allow / inherit / deny per permission.
import * as api from '../../api.js';
import { h, replace } from '../../dom.js';
import { memberName, outranksMember, outranksRole, rolesByRank } from '../../guild-model.js';
import { describeError } from '../../messages.js';
import { canIn, isOwner, overwritablePermissions } from '../../permissions.js';
import { applyGuildEvent } from '../../state.js';
import { alertRegion, say, statusRegion, whileBusy } from '../form.js';

const STATES = [['allow', 'Allow'], ['inherit', 'Inherit'], ['deny', 'Deny']];
const MEMBER = 'member:';

/**
 * The overwrite editor of one channel. `update()` refreshes it from the store (keeping unsaved choices).
 * Returns {element, update}.
 */
export function renderOverwriteEditor(ctx, guildId, channelId) {
  const { store } = ctx;
  const error = alertRegion('overwrite-error');
  const done = statusRegion('overwrite-status');
  const target = h('select', { id: 'overwrite-target', class: 'input' });
  const rows = h('div', { class: 'overwrite-rows', role: 'group', 'aria-labelledby': 'overwrite-title' });
  const save = h('button', { id: 'overwrite-save', type: 'submit', class: 'button button-primary' }, 'Save permissions');
  const clear = h('button', { id: 'overwrite-remove', type: 'button', class: 'button button-danger-outline' }, 'Remove all for this target');
  let dirty = false;
  let shown = null;

  const current = () => {
    const view = store.get().guilds?.[guildId];
    return { view, channel: view?.channels.find((c) => c.id === channelId) };
  };
  const targetKey = () => (target.value.startsWith(MEMBER)
    ? { type: 'member', id: target.value.slice(MEMBER.length) }
    : { type: 'role', id: target.value });
  const existing = (channel) => {
    const { type, id } = targetKey();
    return (channel.overwrites ?? []).find((o) => o.type === type && o.id === id) ?? null;
  };

  const fillTargets = (view, channel) => {
    const wanted = target.value || view.guild.id;
    const has = (type, id) => (channel.overwrites ?? []).some((o) => o.type === type && o.id === id);
    const roles = rolesByRank(view);
    const members = Object.values(store.get().members?.[guildId] ?? {}).sort((a, b) => memberName(a).localeCompare(memberName(b)));
    replace(target,
      h('optgroup', { label: 'Roles' }, roles.map((role) => h('option', {
        value: role.id, disabled: !outranksRole(view, role),
      }, `${role.name}${has('role', role.id) ? ' — customised' : ''}`))),
      members.length > 0 && h('optgroup', { label: 'Members' }, members.map((member) => h('option', {
        value: MEMBER + member.user.id, disabled: !outranksMember(view, member) && !isOwner(view),
      }, `${memberName(member)}${has('member', member.user.id) ? ' — customised' : ''}`))));
    target.value = wanted;
    if (target.value !== wanted || target.selectedOptions[0]?.disabled) {
      target.value = [...target.options].find((option) => !option.disabled)?.value ?? '';
    }
  };

  const fillRows = (view, channel) => {
    const overwrite = existing(channel);
    const stateOf = (name) => (overwrite?.allow.includes(name) ? 'allow' : overwrite?.deny.includes(name) ? 'deny' : 'inherit');
    const locked = !target.value;
    replace(rows, overwritablePermissions(channel.type).map((permission) => {
      // Nobody can grant (or take away) a permission they do not hold here.
      const mayChange = !locked && canIn(view, channel, permission.name);
      return h('div', { class: 'overwrite-row', dataset: { permission: permission.name } },
        h('div', { class: 'overwrite-text' },
          h('p', { class: 'overwrite-label', id: `overwrite-label-${permission.name}` }, permission.label),
          h('p', { class: 'overwrite-hint' }, permission.hint)),
        h('div', { class: 'tri-state', role: 'radiogroup', 'aria-labelledby': `overwrite-label-${permission.name}` },
          STATES.map(([value, label]) => h('label', { class: 'tri-option', title: label },
            // The radio itself is the visible square; CSS draws its mark (✓, /, ✕).
            h('input', {
              type: 'radio', class: 'tri-input', name: `overwrite-${permission.name}`, value, dataset: { state: value },
              checked: stateOf(permission.name) === value, disabled: !mayChange,
            }),
            h('span', { class: 'visually-hidden' }, label)))));
    }));
    clear.hidden = !overwrite;
    dirty = false;
  };

  const update = () => {
    const { view, channel } = current();
    if (!view || !channel) return;
    const key = `${channel.id}|${JSON.stringify(channel.overwrites)}|${view.roles.map((r) => r.id + r.position + r.name).join()}|${Object.keys(store.get().members?.[guildId] ?? {}).length}`;
    if (key === shown) return;
    shown = key;
    const focused = document.activeElement;
    const keepFocus = focused === target;
    fillTargets(view, channel);
    if (!dirty) fillRows(view, channel);
    if (keepFocus) target.focus();
  };

  rows.addEventListener('change', () => {
    dirty = true;
    say(done, '');
  });
  target.addEventListener('change', () => {
    say(error, '');
    say(done, '');
    const { view, channel } = current();
    if (view && channel) fillRows(view, channel);
  });

  const collect = () => {
    const allow = [];
    const deny = [];
    for (const input of rows.querySelectorAll('input:checked')) {
      const name = input.name.slice('overwrite-'.length);
      if (input.value === 'allow') allow.push(name);
      if (input.value === 'deny') deny.push(name);
    }
    return { allow, deny };
  };

  const storeOverwrites = (channel, overwrites) => applyGuildEvent(store, 'CHANNEL_UPDATE', { ...channel, overwrites });

  const onSave = (event) => {
    event.preventDefault();
    say(error, '');
    say(done, '');
    const { channel } = current();
    if (!channel || !target.value) return;
    const { type, id } = targetKey();
    const { allow, deny } = collect();
    const others = (channel.overwrites ?? []).filter((o) => !(o.type === type && o.id === id));
    whileBusy(save, 'Saving…', async () => {
      try {
        if (allow.length === 0 && deny.length === 0) {
          if (existing(channel)) await api.deleteOverwrite(channel.id, type, id);
          storeOverwrites(channel, others);
        } else {
          await api.putOverwrite(channel.id, type, id, { allow, deny });
          storeOverwrites(channel, [...others, { type, id, allow, deny }]);
        }
        dirty = false;
        say(done, 'Saved.');
      } catch (err) {
        say(error, describeError(err));
      }
    });
  };

  clear.addEventListener('click', () => whileBusy(clear, 'Removing…', async () => {
    say(error, '');
    say(done, '');
    const { channel } = current();
    if (!channel) return;
    const { type, id } = targetKey();
    try {
      await api.deleteOverwrite(channel.id, type, id);
      dirty = false;
      storeOverwrites(channel, (channel.overwrites ?? []).filter((o) => !(o.type === type && o.id === id)));
      say(done, 'Removed: this target inherits everything again.');
      target.focus();
    } catch (err) {
      say(error, describeError(err));
    }
  }));

  const element = h('section', { id: 'overwrite-editor', class: 'settings-group overwrite-editor', 'aria-labelledby': 'overwrite-title' },
    h('h3', { id: 'overwrite-title', class: 'settings-group-title' }, 'Permissions in this channel'),
    h('p', { class: 'settings-hint' },
      'Exceptions for a role or a member: ✓ allow, / inherit the server-wide permission, ✕ deny. '
      + 'A member’s own setting wins over their roles’, and deny wins over allow at the same level.'),
    h('form', { class: 'overwrite-form', novalidate: true, onsubmit: onSave },
      h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'overwrite-target' }, 'Role or member'), target),
      rows,
      error,
      h('div', { class: 'form-actions' }, save, clear, done)));
  ctx.live.loadMembers(guildId).catch(() => {});
  update();
  return { element, update };
}
