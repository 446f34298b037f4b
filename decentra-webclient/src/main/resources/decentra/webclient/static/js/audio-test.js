// Voice diagnostics: secure context, media devices, microphone permission, input devices and a level meter.
import { h } from './dom.js';

const $ = (id) => document.getElementById(id);
const FLOOR_DB = -60;
const READOUT_INTERVAL_MS = 150;

const PERMISSION_ERRORS = {
  NotAllowedError: ['Denied', 'Permission was denied. Allow the microphone for this site in the browser’s site settings '
    + '(usually the icon left of the address), then press the button again.'],
  NotFoundError: ['No microphone', 'The browser found no microphone. Connect one and press the button again.'],
  NotReadableError: ['Busy', 'The microphone could not be opened: another application may be using it, '
    + 'or the operating system blocks access for this browser.'],
  OverconstrainedError: ['Unavailable', 'The chosen microphone is no longer available. Pick another one.'],
  SecurityError: ['Blocked', 'The browser blocked the microphone on this page, most likely because it is not served over HTTPS.'],
};

let stream = null;
let audio = null;
let frame = 0;

/** Marks a card's verdict badge: ok true (green), false (red) or null (neutral). */
function verdict(id, ok, text) {
  const badge = $(id);
  badge.textContent = text;
  if (ok === null) delete badge.dataset.ok;
  else badge.dataset.ok = String(ok);
}

function checkSecureContext() {
  if (window.isSecureContext) {
    verdict('secure-verdict', true, 'Yes');
    $('secure-detail').textContent = 'This page is a secure context, so the browser may let it use a microphone.';
  } else {
    verdict('secure-verdict', false, 'No');
    $('secure-detail').textContent = 'Browsers allow microphones only on pages served over HTTPS, or from localhost. '
      + `This page comes from ${location.protocol}//${location.host}: open Decentra over HTTPS `
      + '(for example behind a reverse proxy with a certificate) or on localhost to use voice.';
  }
}

function checkMediaDevices() {
  const available = Boolean(navigator.mediaDevices?.getUserMedia);
  verdict('media-verdict', available, available ? 'Available' : 'Missing');
  $('media-detail').textContent = available
    ? 'navigator.mediaDevices exists: this browser can ask for a microphone.'
    : window.isSecureContext
      ? 'navigator.mediaDevices does not exist: this browser cannot capture audio.'
      : 'navigator.mediaDevices does not exist because the page is not a secure context (see above).';
  $('request-mic').disabled = !available;
  return available;
}

async function showPermissionState() {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' });
    const show = () => {
      if (stream) return;
      const labels = { granted: ['Granted', true], denied: ['Denied', false], prompt: ['Not asked', null] };
      const [text, ok] = labels[status.state] ?? [status.state, null];
      verdict('permission-verdict', ok, text);
      if (status.state === 'denied') $('permission-detail').textContent = PERMISSION_ERRORS.NotAllowedError[1];
    };
    show();
    status.addEventListener('change', show);
  } catch {
    // Some browsers cannot query the microphone permission; the button still works.
  }
}

async function requestMicrophone(deviceId) {
  const button = $('request-mic');
  button.setAttribute('aria-busy', 'true');
  stop();
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
    const track = stream.getAudioTracks()[0];
    verdict('permission-verdict', true, 'Granted');
    $('permission-detail').textContent = `Granted: this page is hearing ${track?.label || 'your microphone'}.`;
    button.textContent = 'Ask again';
    await listDevices(track?.getSettings().deviceId);
    startMeter();
  } catch (err) {
    const [label, text] = PERMISSION_ERRORS[err.name] ?? ['Error', 'The microphone could not be opened.'];
    verdict('permission-verdict', false, label);
    $('permission-detail').textContent = `${text} (${err.name || 'unknown error'}${err.message ? `: ${err.message}` : ''})`;
  } finally {
    button.removeAttribute('aria-busy');
  }
}

async function listDevices(activeId) {
  const inputs = (await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'audioinput');
  const name = (device, index) => device.label || `Microphone ${index + 1}`;
  $('device-list').replaceChildren(...inputs.map((device, index) =>
    h('li', {}, name(device, index), device.deviceId === activeId ? ' (in use)' : '')));
  $('devices-detail').textContent = inputs.length === 0
    ? 'No audio input devices were found.'
    : `${inputs.length} audio input ${inputs.length === 1 ? 'device' : 'devices'}:`;
  const select = $('device-select');
  select.replaceChildren(...inputs.map((device, index) =>
    h('option', { value: device.deviceId, selected: device.deviceId === activeId }, name(device, index))));
  $('device-choice').hidden = inputs.length < 2;
}

function startMeter() {
  audio = new AudioContext();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 2048;
  audio.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const fill = $('meter-fill');
  const meter = $('meter');
  const readout = $('meter-readout');
  $('level-detail').textContent = 'Speak: the bar should move. Normal speech reaches about -30 to -10 dBFS.';
  let level = 0;
  let lastReadout = 0;

  const draw = (now) => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    const db = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-8);
    const target = Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
    // Rise at once, fall gently, like a real VU meter.
    level = target > level ? target : level * 0.92 + target * 0.08;
    fill.style.clipPath = `inset(0 ${(100 - level * 100).toFixed(1)}% 0 0)`;
    if (now - lastReadout > READOUT_INTERVAL_MS) {
      lastReadout = now;
      meter.setAttribute('aria-valuenow', String(Math.round(level * 100)));
      const shown = FLOOR_DB * (1 - level);
      readout.textContent = level < 0.01 ? 'Silence (below -60 dBFS)' : `${shown.toFixed(0)} dBFS`;
    }
    frame = requestAnimationFrame(draw);
  };
  frame = requestAnimationFrame(draw);
}

function stop() {
  cancelAnimationFrame(frame);
  for (const track of stream?.getTracks() ?? []) track.stop();
  audio?.close();
  stream = null;
  audio = null;
}

checkSecureContext();
if (checkMediaDevices()) {
  showPermissionState();
  $('request-mic').addEventListener('click', () => requestMicrophone($('device-select').value || undefined));
  $('device-select').addEventListener('change', (event) => requestMicrophone(event.target.value));
  navigator.mediaDevices.addEventListener('devicechange', () => {
    if (stream) listDevices(stream.getAudioTracks()[0]?.getSettings().deviceId);
  });
}
window.addEventListener('pagehide', stop);
