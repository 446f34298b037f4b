// The sign-in and sign-up pages.
import * as api from '../api.js';
import { h } from '../dom.js';
import { icon } from '../icons.js';
import { describeError } from '../messages.js';
import { alertRegion, field, markInvalid, say, statusRegion, whileBusy } from './form.js';

const USERNAME = /^[\p{L}\p{N}_.-]{2,32}$/u;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 1024;

/** Renders the sign-in page into `root`. `ctx` is {store, navigate}. */
export function renderLogin(root, { store, navigate }) {
  document.title = 'Sign in · Decentra';
  const username = field({
    id: 'login-username', label: 'Username', autocomplete: 'username', autocapitalize: 'none',
    spellcheck: 'false', required: true, maxlength: 32,
  });
  const password = field({
    id: 'login-password', label: 'Password', type: 'password', autocomplete: 'current-password',
    required: true, maxlength: PASSWORD_MAX,
  });
  const error = alertRegion('login-error');
  const submit = h('button', { id: 'login-submit', class: 'button button-primary button-block', type: 'submit' }, 'Sign in');
  const notice = statusRegion('login-notice');
  say(notice, store.get().notice);
  store.set({ notice: null });

  const onSubmit = (event) => {
    event.preventDefault();
    const name = username.input.value.trim();
    const secret = password.input.value;
    const missing = !name ? username.input : !secret ? password.input : null;
    markInvalid(username.input, !name);
    markInvalid(password.input, !secret);
    if (missing) {
      say(error, 'Enter your username and password.');
      missing.focus();
      return;
    }
    say(error, '');
    whileBusy(submit, 'Signing in…', async () => {
      try {
        const { user, token } = await api.login(name, secret);
        store.set({ user, token });
        navigate('/app', { replace: true });
      } catch (err) {
        say(error, describeError(err));
        if (err.code === 'invalid_credentials') {
          password.input.select();
          password.input.focus();
        }
      }
    });
  };

  const form = h('form', { id: 'login-form', class: 'auth-form', novalidate: true, onsubmit: onSubmit },
    username.element, password.element, error, submit);

  root.replaceChildren(authPage('Welcome back', 'Sign in to continue to your community.', [
    notice,
    form,
    h('p', { class: 'auth-switch' }, 'Need an account? ',
      h('a', { href: '/signup', 'data-route': true }, 'Create one')),
  ]));
  username.input.focus();
}

/** Renders the sign-up page into `root`; `inviteCode` comes from an /invite/{code} link. */
export function renderSignup(root, { store, navigate }, inviteCode = '') {
  document.title = 'Create an account · Decentra';
  let inviteNeeded = true;
  // A server invite also joins its server: the new account then opens on it.
  let invitedGuild = null;
  let instanceKnown = Promise.resolve();

  const username = field({
    id: 'signup-username', label: 'Username', autocomplete: 'username', autocapitalize: 'none',
    spellcheck: 'false', required: true, maxlength: 32,
    hint: '2–32 characters: letters, digits, underscore, dot or hyphen.',
  });
  const password = field({
    id: 'signup-password', label: 'Password', type: 'password', autocomplete: 'new-password',
    required: true, maxlength: PASSWORD_MAX, hint: 'At least 8 characters.',
  });
  const invite = field({
    id: 'signup-invite', label: 'Invite code', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false',
    value: inviteCode, hint: 'The code or the whole invite link you were given.',
  });
  const intro = h('p', { class: 'auth-notice', hidden: true });
  const error = alertRegion('signup-error');
  const submit = h('button', { id: 'signup-submit', class: 'button button-primary button-block', type: 'submit' },
    'Create account');

  const setInviteNeeded = (needed) => {
    inviteNeeded = needed;
    invite.element.hidden = !needed;
  };

  const showHint = (input, valid) => {
    input.parentElement.dataset.valid = input.value === '' ? '' : String(valid);
  };
  username.input.addEventListener('input', () => showHint(username.input, USERNAME.test(username.input.value)));
  password.input.addEventListener('input', () => showHint(password.input, password.input.value.length >= PASSWORD_MIN));

  const validate = (name, secret, code) => {
    const problems = [
      [username.input, !USERNAME.test(name), 'Usernames are 2–32 letters, digits, _ . or -.'],
      [password.input, secret.length < PASSWORD_MIN || secret.length > PASSWORD_MAX, 'Passwords need at least 8 characters.'],
      [invite.input, inviteNeeded && !code, 'Enter the invite code you were given.'],
    ];
    for (const [input, invalid] of problems) markInvalid(input, invalid);
    const first = problems.find(([, invalid]) => invalid);
    if (first) {
      say(error, first[2]);
      first[0].focus();
    }
    return !first;
  };

  const onSubmit = async (event) => {
    event.preventDefault();
    // Whether an invite is needed is known once the instance has answered; a quick submit waits.
    await instanceKnown;
    const name = username.input.value.trim();
    const secret = password.input.value;
    const code = inviteNeeded ? extractInviteCode(invite.input.value) : '';
    if (!validate(name, secret, code)) return;
    say(error, '');
    whileBusy(submit, 'Creating account…', async () => {
      try {
        const { user, token } = await api.signup(name, secret, code || undefined);
        store.set({ user, token });
        const guild = code && code === inviteCode ? invitedGuild : null;
        navigate(guild ? `/app/guilds/${encodeURIComponent(guild.id)}` : '/app', { replace: true });
      } catch (err) {
        say(error, describeError(err));
        const target = focusFor(err.code, { username, password, invite });
        if (err.code === 'invite_required') setInviteNeeded(true);
        if (target) {
          markInvalid(target.input, true);
          target.input.focus();
        }
      }
    });
  };

  const form = h('form', { id: 'signup-form', class: 'auth-form', novalidate: true, onsubmit: onSubmit },
    username.element, password.element, invite.element, error, submit);

  const subtitle = inviteCode
    ? `You were invited to ${location.host}. Pick a username and a password to join.`
    : 'Pick a username and a password to join.';
  root.replaceChildren(authPage('Create an account', subtitle, [
    intro,
    form,
    h('p', { class: 'auth-switch' }, 'Already have an account? ',
      h('a', { href: '/login', 'data-route': true }, 'Sign in')),
  ]));
  username.input.focus();

  let active = true;
  instanceKnown = api.getInstance().then((instance) => {
    if (!active) return;
    store.set({ instance });
    if (instance.needs_first_user) {
      setInviteNeeded(false);
      intro.textContent = 'You are the first person here: this account becomes the administrator of this instance.';
      intro.hidden = false;
    } else if (instance.registration === 'open') {
      setInviteNeeded(false);
      intro.textContent = 'Registration is open: no invite is needed.';
      intro.hidden = false;
    }
  }, () => {});
  if (inviteCode) {
    api.previewInvite(inviteCode).then((preview) => {
      if (!active) return;
      invitedGuild = preview.guild;
      root.querySelector('.auth-subtitle').textContent =
        `You were invited to join ${preview.guild.name} on ${location.host}. Pick a username and a password to join.`;
    }, () => {});
  }
  return () => { active = false; };
}

/** Accepts a bare invite code or a whole invite link and returns the code. */
export function extractInviteCode(value) {
  const text = value.trim();
  const marker = text.lastIndexOf('/invite/');
  if (marker < 0) return text;
  return text.slice(marker + '/invite/'.length).split(/[/?#]/)[0];
}

function focusFor(code, fields) {
  if (code === 'username_taken' || code === 'invalid_username') return fields.username;
  if (code === 'invalid_password') return fields.password;
  if (code?.startsWith('invite_')) return fields.invite;
  return null;
}

function authPage(title, subtitle, content) {
  return h('main', { class: 'auth-page' },
    h('div', { class: 'auth-card' },
      h('div', { class: 'auth-brand' }, icon('logo', 'auth-logo'), h('span', {}, 'Decentra')),
      h('h1', { class: 'auth-title' }, title),
      h('p', { class: 'auth-subtitle' }, subtitle),
      content));
}
