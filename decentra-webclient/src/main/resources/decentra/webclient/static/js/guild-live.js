// Keeps the server state in the store in step with the gateway, and loads member lists when a view needs them.
import * as api from './api.js';
import { guildEventPatch, membersPatch, readyPatch, removeGuildPatch } from './state.js';
import { toast } from './views/toast.js';

const EVENT_TYPES = [
  'GUILD_CREATE', 'GUILD_UPDATE', 'GUILD_SYNC', 'GUILD_DELETE',
  'CHANNEL_CREATE', 'CHANNEL_UPDATE', 'CHANNEL_DELETE',
  'GUILD_MEMBER_ADD', 'GUILD_MEMBER_UPDATE', 'GUILD_MEMBER_REMOVE',
  'GUILD_ROLE_CREATE', 'GUILD_ROLE_UPDATE', 'GUILD_ROLE_DELETE',
];

/**
 * Applies READY's servers and every server event of `gateway` to `store`. Returns
 * {loadMembers, depart, stop}: `loadMembers(guildId)` fetches a member list once (again after a
 * reconnect), `depart(guildId, task)` runs a leave or delete so that its GUILD_DELETE brings no
 * "you were removed" notice, and `stop()` unsubscribes.
 */
export function createGuildLive(gateway, store) {
  const departing = new Set();
  const loading = new Map();

  const offs = [
    gateway.on('READY', ({ guilds }) => {
      loading.clear();
      store.set(readyPatch(guilds ?? []));
    }),
    ...EVENT_TYPES.map((type) => gateway.on(type, (data) => {
      const state = store.get();
      if (type === 'GUILD_DELETE') noticeRemoval(state, data.id);
      const patch = guildEventPatch(state, type, data);
      if (patch) store.set(patch);
    })),
  ];

  function noticeRemoval(state, id) {
    const view = state.guilds?.[id];
    if (view && !departing.has(id)) toast(`You were removed from ${view.guild.name}.`);
  }

  return {
    loadMembers(guildId) {
      if (store.get().members?.[guildId]) return Promise.resolve();
      if (!loading.has(guildId)) {
        const request = api.getMembers(guildId).then((list) => {
          if (loading.get(guildId) === request && store.get().guilds?.[guildId]) store.set(membersPatch(store.get(), guildId, list));
        }).finally(() => {
          if (loading.get(guildId) === request) loading.delete(guildId);
        });
        loading.set(guildId, request);
      }
      return loading.get(guildId);
    },

    async depart(guildId, task) {
      departing.add(guildId);
      try {
        await task();
      } catch (err) {
        departing.delete(guildId);
        throw err;
      }
      const patch = removeGuildPatch(store.get(), guildId);
      if (patch) store.set(patch);
      // The server's GUILD_DELETE may come after the answer, or just before it.
      setTimeout(() => departing.delete(guildId), 10_000);
    },

    stop() {
      for (const off of offs) off();
    },
  };
}
