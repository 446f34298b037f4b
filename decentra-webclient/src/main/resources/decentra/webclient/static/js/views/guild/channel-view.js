// The main pane of a server: the current channel's header (#channel-header) with name and topic, and an honest
// empty state until messages arrive.
import { h, replace } from '../../dom.js';
import { icon } from '../../icons.js';
import { canAnywhere } from '../../permissions.js';
import { emptyState } from '../empty-state.js';
import { openCreateChannel } from './channel-actions.js';

/** Renders into the header and body slots; `show(view, channel)` switches what they show. Returns {show}. */
export function renderChannelView(ctx, guildId, slots) {
  let shown = { channel: undefined, guild: undefined, loading: undefined };

  return {
    /** Shows `channel` of `view` (null: the server has no channel to show; no view: still loading). */
    show(view, channel) {
      const loading = !view;
      if (shown.channel === channel && shown.guild === view?.guild && shown.loading === loading) return;
      shown = { channel, guild: view?.guild, loading };
      if (loading) {
        replace(slots.header, h('h1', { id: 'main-title', class: 'main-title' }, 'Loading…'));
        replace(slots.body, h('div', { class: 'channel-loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' })));
        return;
      }
      if (!channel) {
        document.title = `${view.guild.name} · Decentra`;
        replace(slots.header, h('h1', { id: 'main-title', class: 'main-title' }, view.guild.name));
        const create = canAnywhere(view, 'manage_channels') && h('button', {
          type: 'button', class: 'button button-primary', onclick: () => openCreateChannel(ctx, guildId),
        }, 'Create a channel');
        replace(slots.body, emptyState('hash', 'There is no text channel here that you can see.', create));
        return;
      }
      document.title = `${channel.type === 'text' ? '#' : ''}${channel.name} · ${view.guild.name} · Decentra`;
      replace(slots.header, channelHeader(channel));
      replace(slots.body, channel.type === 'voice' ? voiceBody(channel) : textBody(channel));
    },
  };
}

function channelHeader(channel) {
  const topic = channel.type === 'text' && channel.topic;
  return h('div', { id: 'channel-header', class: 'channel-header', dataset: { channelId: channel.id, channelType: channel.type } },
    icon(channel.type === 'voice' ? 'speaker' : 'hash', 'icon channel-header-icon'),
    h('h1', { id: 'main-title', class: 'main-title channel-header-name' }, channel.name),
    topic && h('span', { class: 'channel-header-divider', 'aria-hidden': 'true' }),
    topic && h('p', { class: 'channel-header-topic', title: topic }, topic));
}

function textBody(channel) {
  return h('div', { class: 'channel-welcome' },
    h('div', { class: 'channel-welcome-badge' }, icon('hash', 'icon channel-welcome-icon')),
    h('h2', { class: 'channel-welcome-title' }, `Welcome to #${channel.name}!`),
    h('p', { class: 'channel-welcome-text' }, `This is the start of the #${channel.name} channel.`),
    channel.topic && h('p', { class: 'channel-welcome-topic' }, channel.topic),
    h('p', { class: 'channel-notice', role: 'note' }, 'Messages arrive with the next release.'));
}

function voiceBody(channel) {
  return h('div', { class: 'channel-welcome' },
    h('div', { class: 'channel-welcome-badge' }, icon('speaker', 'icon channel-welcome-icon')),
    h('h2', { class: 'channel-welcome-title' }, channel.name),
    h('p', { class: 'channel-welcome-text' }, 'This is a voice channel.'),
    h('p', { class: 'channel-notice', role: 'note' }, 'Voice chat arrives with a later release. Until then, ',
      h('a', { href: '/static/audio-test.html' }, 'test your microphone'), ' so that you are ready.'));
}
