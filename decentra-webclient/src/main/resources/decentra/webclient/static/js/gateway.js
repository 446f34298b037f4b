// The real-time gateway (docs/protocol.md): hello, heartbeat, READY, events, and reconnecting by itself.

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
// The session cookie authenticates the upgrade, so READY follows hello at once; identify only if it does not.
const IDENTIFY_GRACE_MS = 400;
const SIGNED_OUT_CODES = new Set([4004, 4010]);

/** The gateway address on this page's own host. */
function gatewayUrl() {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}

/**
 * Creates a gateway client. `token()` returns a session token held in memory, or null.
 * Events: 'state' (connecting | connected | reconnecting), 'signed_out' (close code),
 * 'unauthenticated' (hello came, READY did not, no token to identify with), and every dispatch type ('READY', …).
 */
export function createGateway({ url = gatewayUrl(), token = () => null } = {}) {
  const listeners = new Map();
  let socket = null;
  let stopped = true;
  let state = null;
  let attempt = 0;
  let ready = false;
  let awaitingAck = false;
  let heartbeatTimer = null;
  let identifyTimer = null;
  let retryTimer = null;

  const emit = (type, data) => {
    for (const listener of [...(listeners.get(type) ?? [])]) listener(data);
  };

  const setState = (next) => {
    if (state === next) return;
    state = next;
    emit('state', next);
  };

  const send = (frame) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  };

  const clearTimers = () => {
    clearInterval(heartbeatTimer);
    clearTimeout(identifyTimer);
    clearTimeout(retryTimer);
    heartbeatTimer = identifyTimer = retryTimer = null;
  };

  const open = () => {
    clearTimers();
    ready = false;
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('message', (event) => { if (ws === socket) onFrame(event.data); });
    ws.addEventListener('close', (event) => { if (ws === socket) onClose(event.code); });
  };

  const onFrame = (data) => {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (frame.op === 'hello') onHello(frame.d ?? {});
    else if (frame.op === 'heartbeat_ack') awaitingAck = false;
    else if (frame.op === 'dispatch') onDispatch(frame.t, frame.d);
  };

  const onHello = ({ heartbeat_interval: interval }) => {
    awaitingAck = false;
    heartbeatTimer = setInterval(beat, Number(interval) > 0 ? Number(interval) : 20_000);
    identifyTimer = setTimeout(() => {
      if (ready) return;
      const held = token();
      if (held) send({ op: 'identify', d: { token: held } });
      else emit('unauthenticated');
    }, IDENTIFY_GRACE_MS);
  };

  const onDispatch = (type, data) => {
    if (type === 'READY') {
      ready = true;
      attempt = 0;
      clearTimeout(identifyTimer);
      setState('connected');
    }
    emit(type, data);
  };

  const beat = () => {
    if (awaitingAck) {
      // No ack since the last beat: the connection is dead even if the socket has not noticed yet.
      const zombie = socket;
      socket = null;
      zombie.close(4000, 'heartbeat timeout');
      onClose(4000);
      return;
    }
    awaitingAck = true;
    send({ op: 'heartbeat' });
  };

  const onClose = (code) => {
    clearTimers();
    socket = null;
    if (stopped) return;
    if (SIGNED_OUT_CODES.has(code)) {
      stop();
      emit('signed_out', code);
      return;
    }
    setState('reconnecting');
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
    attempt += 1;
    retryTimer = setTimeout(open, ceiling / 2 + Math.random() * (ceiling / 2));
  };

  // Coming back online or to the tab is a good moment to skip the rest of a long backoff.
  const retryNow = () => {
    if (retryTimer !== null && document.visibilityState === 'visible' && navigator.onLine !== false) open();
  };

  const stop = () => {
    stopped = true;
    clearTimers();
    window.removeEventListener('online', retryNow);
    document.removeEventListener('visibilitychange', retryNow);
    const current = socket;
    socket = null;
    // Closing a socket that is still connecting makes the browser log a warning; let it open first.
    if (current?.readyState === WebSocket.CONNECTING) current.addEventListener('open', () => current.close(1000));
    else current?.close(1000);
  };

  return {
    /** Opens the connection; it then stays open, reconnecting as needed, until `close()`. */
    connect() {
      if (!stopped) return;
      stopped = false;
      attempt = 0;
      window.addEventListener('online', retryNow);
      document.addEventListener('visibilitychange', retryNow);
      setState('connecting');
      open();
    },

    /** Closes the connection for good. */
    close: stop,

    /** Subscribes to an event type; returns an unsubscribe function. */
    on(type, listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type).add(listener);
      return () => listeners.get(type).delete(listener);
    },
  };
}
