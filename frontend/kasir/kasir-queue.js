// The booth page's link to the shop: the JSON API with the session's CSRF token, and the queue of sales kept on the
// phone (localStorage) until the shop confirmed each one. A sale leaves the queue only with the shop's answer for it:
// recorded or duplicate (counted once), short (kept by the shop, flagged) or refused (shown to the seller as a flag).
(function () {
  'use strict';
  const QUEUE = 'kasir.queue.v1';
  const FLAGS = 'kasir.flags.v1';
  const DONE = 'kasir.done.v1';
  const BATCH = 50;
  const listeners = [];
  let csrf = null;
  let syncing = null;
  let retryTimer = null;
  let retryDelay = 5000;

  function read(key, fallback) {
    try {
      const value = JSON.parse(localStorage.getItem(key));
      return value === null ? fallback : value;
    } catch (broken) {
      return fallback;
    }
  }

  function write(key, value) {
    localStorage.setItem(key, JSON.stringify(value));
    listeners.forEach(listener => listener());
  }

  class HttpError extends Error {
    constructor(status, body) {
      super((body && body.message) || ('HTTP ' + status));
      this.status = status;
      this.body = body;
    }
  }

  async function answer(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (notJson) {
      body = null;
    }
    if (!response.ok) {
      throw new HttpError(response.status, body);
    }
    return body;
  }

  const Api = {
    HttpError,
    async session() {
      const body = await answer(await fetch('/api/kasir/session', { credentials: 'same-origin', cache: 'no-store' }));
      csrf = body.csrfHeader ? { header: body.csrfHeader, token: body.csrfToken } : null;
      return body;
    },
    async get(path) {
      return answer(await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
    },
    async post(path, body, retried) {
      if (!csrf) {
        await Api.session();
      }
      const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
      if (csrf) {
        headers[csrf.header] = csrf.token;
      }
      const response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) });
      if (response.status === 403 && !retried) {
        // A CSRF token of an older session (signed in again meanwhile): fetch the current one and try once more.
        let json = null;
        try { json = await response.clone().json(); } catch (notJson) { json = null; }
        if (!json || !json.error) {
          await Api.session();
          return Api.post(path, body, true);
        }
      }
      return answer(response);
    }
  };

  function uuid() {
    if (self.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  const Queue = {
    uuid,
    all() { return read(QUEUE, []); },
    flags() { return read(FLAGS, []); },
    done() { return read(DONE, {}); },
    onChange(listener) { listeners.push(listener); },
    add(sale) {
      const queue = Queue.all();
      queue.push(sale);
      write(QUEUE, queue);
    },
    /** The shop's answer to a sale that did not go through the queue (paid by the shop's QRIS): kept like a queued one's. */
    remember(sale, result) {
      settle([sale], [result]);
    },
    dismiss(saleId) {
      write(FLAGS, Queue.flags().filter(flag => flag.saleId !== saleId));
    },
    /** Sends what waits, in batches; resolves with true when the queue is empty afterwards. */
    sync() {
      if (!syncing) {
        syncing = send().finally(() => { syncing = null; });
      }
      return syncing;
    }
  };

  async function send() {
    clearTimeout(retryTimer);
    try {
      while (Queue.all().length > 0) {
        const batch = Queue.all().slice(0, BATCH);
        const body = await Api.post('/api/kasir/sales', { sales: batch });
        settle(batch, body.results || []);
      }
      retryDelay = 5000;
      return true;
    } catch (failed) {
      if (failed instanceof HttpError && failed.status === 400 && failed.body && failed.body.error) {
        // The shop could not read the batch at all: flag each sale rather than retrying it for ever.
        const batch = Queue.all().slice(0, BATCH);
        settle(batch, batch.map(sale => ({ saleId: sale.saleId, result: 'refused', message: failed.body.message })));
        return Queue.sync();
      }
      document.dispatchEvent(new CustomEvent('kasir-sync-failed', { detail: failed }));
      retryTimer = setTimeout(() => Queue.sync(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60000);
      return false;
    }
  }

  function settle(batch, results) {
    const byId = new Map(results.map(result => [result.saleId, result]));
    const done = Queue.done();
    const flags = Queue.flags();
    const answered = new Set();
    for (const sale of batch) {
      const result = byId.get(sale.saleId);
      if (!result) {
        continue;
      }
      answered.add(sale.saleId);
      done[sale.saleId] = { result: result.result, receipt: result.receipt || null, message: result.message };
      if (result.result === 'short' || result.result === 'refused') {
        flags.push({ saleId: sale.saleId, result: result.result, message: result.message, total: total(sale) });
      }
    }
    // Remembered answers of the last few days only: enough for the receipt screen and today's list.
    const ids = Object.keys(done);
    ids.slice(0, Math.max(0, ids.length - 500)).forEach(id => delete done[id]);
    localStorage.setItem(DONE, JSON.stringify(done));
    localStorage.setItem(FLAGS, JSON.stringify(flags));
    write(QUEUE, Queue.all().filter(sale => !answered.has(sale.saleId)));
  }

  function total(sale) {
    return sale.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  }

  window.addEventListener('online', () => Queue.sync());
  window.KasirApi = Api;
  window.KasirQueue = Queue;
})();
