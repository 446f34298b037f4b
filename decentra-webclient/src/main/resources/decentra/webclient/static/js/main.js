// Entry point: the store, the routes, and the app's life cycle (session check → gateway → shell).
import * as api from './api.js';
import { h } from './dom.js';
import { createGateway } from './gateway.js';
import { createGuildLive } from './guild-live.js';
import { icon } from './icons.js';
import { describeError } from './messages.js';
import { createRouter } from './router.js';
import { createStore } from './state.js';
import { renderLogin, renderSignup } from './views/auth.js';
import { renderInvitePage } from './views/guild/invite-page.js';
import { renderShell } from './views/shell.js';

const root = document.getElementById('root');
const store = createStore({
  user: null, token: null, instance: null, connection: 'connecting', notice: null, path: location.pathname,
  guilds: null, guildOrder: [], members: {},
});

const router = createRouter([
  { path: '/', redirect: '/app' },
  { path: '/login', mount: () => renderLogin(root, ctx) },
  { path: '/signup', mount: () => renderSignup(root, ctx) },
  { path: '/invite/:code', mount: ({ code }) => mountInvite(code) },
  { path: '/app/*', mount: () => mountApp() },
], { fallback: '/app', onChange: (path) => store.set({ path }) });

const ctx = {
  store,
  navigate: router.navigate,
  /** The channel last open in each server, to go back to it. */
  lastChannel: new Map(),
  /** Server state kept in step with the gateway (guild-live.js); set while the app is mounted. */
  live: null,
  /** Forgets the session and goes to the sign-in page, which shows `notice`. */
  signedOut(notice) {
    // Leave the app first, so that no view of it ever sees the user gone.
    store.set({ notice });
    router.navigate('/login', { replace: true });
    ctx.lastChannel.clear();
    store.set({ user: null, token: null, guilds: null, guildOrder: [], members: {} });
  },
};

router.start();

/** Mounts the signed-in app: checks the session, opens the gateway, renders the shell. */
function mountApp() {
  let active = true;
  let gateway = null;
  let unmountShell = null;

  const start = (user) => {
    store.set({ user, connection: 'connecting' });
    gateway = createGateway({ token: () => store.get().token });
    ctx.live = createGuildLive(gateway, store);
    gateway.on('state', (connection) => store.set({ connection }));
    gateway.on('READY', ({ user: fresh }) => store.set({ user: fresh }));
    gateway.on('USER_UPDATE', (updated) => {
      if (updated.id === store.get().user?.id) store.set({ user: updated });
    });
    gateway.on('signed_out', () => ctx.signedOut('Your session has ended. Sign in again.'));
    gateway.on('unauthenticated', () => {
      api.getMe().catch((err) => {
        if (active && err.status === 401) ctx.signedOut('Your session has ended. Sign in again.');
      });
    });
    unmountShell = renderShell(root, ctx);
    gateway.connect();
  };

  const load = () => {
    root.replaceChildren(splash('Loading…'));
    api.getMe().then((user) => {
      if (active) start(user);
    }, (err) => {
      if (!active) return;
      if (err.status === 401) {
        router.navigate('/login', { replace: true });
        return;
      }
      const text = err.status === 404
        ? 'This address does not serve the Decentra API. Check the reverse proxy configuration.'
        : describeError(err);
      root.replaceChildren(splash(text, h('button', { type: 'button', class: 'button button-primary', onclick: load }, 'Try again')));
    });
  };

  if (!store.get().instance) {
    api.getInstance().then((instance) => store.set({ instance }), () => {});
  }
  // Right after signing in the user is known already: show the app without another round trip.
  const known = store.get().user;
  if (known) start(known);
  else load();

  return () => {
    active = false;
    gateway?.close();
    ctx.live?.stop();
    unmountShell?.();
  };
}

/** /invite/{code}: signed in, the server's preview and a Join button; signed out, the sign-up page as always. */
function mountInvite(code) {
  let active = true;
  let cleanup = null;
  if (store.get().user) {
    cleanup = renderInvitePage(root, ctx, code);
  } else {
    root.replaceChildren(splash('Loading…'));
    api.getMe().then((user) => {
      if (!active) return;
      store.set({ user });
      cleanup = renderInvitePage(root, ctx, code);
    }, () => {
      if (active) cleanup = renderSignup(root, ctx, code);
    });
  }
  return () => {
    active = false;
    cleanup?.();
  };
}

function splash(text, ...actions) {
  return h('div', { class: ['splash', actions.length > 0 && 'splash-stopped'] },
    icon('logo', 'splash-logo'),
    h('p', { class: 'splash-text', role: 'status' }, text),
    actions);
}
