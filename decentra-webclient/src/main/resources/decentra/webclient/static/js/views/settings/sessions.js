// Settings → Sessions: the devices signed in to this account, and signing them out.
import * as api from '../../api.js';
import { h } from '../../dom.js';
import { formatDateTime, formatRelative, isMobileAgent, summariseUserAgent } from '../../format.js';
import { icon } from '../../icons.js';
import { describeError } from '../../messages.js';
import { alertRegion, say, whileBusy } from '../form.js';

/** Renders the sessions panel and loads the list; returns {element, cleanup}. */
export function renderSessions() {
  const error = alertRegion('settings-sessions-error');
  const list = h('ul', {
    id: 'session-list', class: 'item-list', 'aria-busy': 'true', 'aria-label': 'Signed-in devices', tabindex: '-1',
  },
    h('li', { class: 'item-placeholder' }, 'Loading sessions…'));
  let active = true;

  const load = async () => {
    say(error, '');
    list.setAttribute('aria-busy', 'true');
    try {
      const sessions = await api.getSessions();
      if (!active) return;
      list.replaceChildren(...sessions.map((session) => sessionItem(session, error)));
      if (sessions.length === 0) list.append(h('li', { class: 'item-placeholder' }, 'No sessions.'));
    } catch (err) {
      if (!active) return;
      list.replaceChildren(h('li', { class: 'item-placeholder' },
        h('button', { type: 'button', class: 'button button-secondary', onclick: load }, 'Try again')));
      say(error, describeError(err));
    } finally {
      list.removeAttribute('aria-busy');
    }
  };
  load();

  const element = h('div', { class: 'settings-section' },
    h('p', { class: 'settings-hint' }, 'These devices are signed in to your account. Sign out of any you do not recognise.'),
    error,
    list);
  return { element, cleanup: () => { active = false; } };
}

function sessionItem(session, error) {
  const signOut = !session.current && h('button', { type: 'button', class: 'button button-danger-outline button-small' }, 'Sign out');
  const item = h('li', { class: ['item', session.current && 'item-current'], dataset: { sessionId: session.id } },
    icon(isMobileAgent(session.user_agent) ? 'phone' : 'desktop', 'icon item-icon'),
    h('div', { class: 'item-main' },
      h('p', { class: 'item-title' },
        summariseUserAgent(session.user_agent),
        session.current && h('span', { class: 'badge badge-accent' }, 'This device')),
      h('p', { class: 'item-meta' },
        session.client_ip || 'Unknown address',
        ' · signed in ', h('time', { datetime: session.created_at, title: formatDateTime(session.created_at) },
          formatDateTime(session.created_at)),
        ' · last active ', h('time', { datetime: session.last_used_at, title: formatDateTime(session.last_used_at) },
          formatRelative(session.last_used_at)))),
    signOut && h('div', { class: 'item-actions' }, signOut));
  if (signOut) {
    signOut.setAttribute('aria-label', `Sign out ${summariseUserAgent(session.user_agent)} (${session.client_ip || 'unknown address'})`);
    signOut.addEventListener('click', () => whileBusy(signOut, 'Signing out…', async () => {
      say(error, '');
      try {
        await api.deleteSession(session.id);
      } catch (err) {
        if (err.code !== 'not_found') {
          say(error, describeError(err));
          return;
        }
      }
      // Keep focus in the list rather than letting it fall out of the dialog.
      const list = item.parentElement;
      const neighbour = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      (neighbour?.querySelector('.item-actions button') ?? list).focus();
    }));
  }
  return item;
}
