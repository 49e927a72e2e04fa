// The booth page: pick the exhibition, add items (search or the price tag's QR), take the payment, give a receipt.
// Every sale goes into the phone's queue first (kasir-queue.js) and is sent from there, online or not, so a sale made
// without a signal is the same as any other. Everything a person or the shop wrote is shown with textContent.
(function () {
  'use strict';
  const Api = window.KasirApi;
  const Queue = window.KasirQueue;
  const $ = id => document.getElementById(id);
  const state = { lang: localStorage.getItem('kasir.lang') || 'id', booth: null, items: [], cart: new Map(), last: null, me: null };
  const money = new Intl.NumberFormat('id-ID');

  function t(key, values) {
    const texts = window.KASIR_TEXTS[state.lang] || window.KASIR_TEXTS.id;
    let text = texts[key] || window.KASIR_TEXTS.id[key] || key;
    Object.entries(values || {}).forEach(([name, value]) => { text = text.split('{' + name + '}').join(String(value)); });
    return text;
  }

  function rp(amount) {
    return 'Rp ' + money.format(amount);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function wrapped(node) {
    const item = el('li');
    item.append(node);
    return item;
  }

  function translate() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-t]').forEach(node => { node.textContent = t(node.dataset.t); });
    document.querySelectorAll('[data-t-placeholder]').forEach(node => { node.placeholder = t(node.dataset.tPlaceholder); });
    document.querySelectorAll('[data-t-label]').forEach(node => { node.setAttribute('aria-label', t(node.dataset.tLabel)); });
    $('lang').textContent = state.lang === 'id' ? 'EN' : 'ID';
    showNetwork();
    showQueue();
  }

  function show(screen) {
    document.querySelectorAll('main > section').forEach(section => { section.hidden = section.id !== 'screen-' + screen; });
    $('back').hidden = screen === 'booths' || screen === 'signin' || screen === 'sell';
    state.screen = screen;
    window.scrollTo(0, 0);
  }

  function showNetwork() {
    $('net').textContent = navigator.onLine ? t('net.online') : t('net.offline');
    $('net').className = 'net ' + (navigator.onLine ? 'on' : 'off');
  }

  function showQueue() {
    const waiting = Queue.all().length;
    $('queue-badge').hidden = waiting === 0;
    $('queue-badge').textContent = t('queue.waiting', { n: waiting });
    showFlags();
  }

  function showFlags() {
    const box = $('alerts');
    box.replaceChildren();
    Queue.flags().forEach(flag => {
      const item = el('div', 'flag ' + flag.result);
      item.append(el('span', null, t(flag.result === 'short' ? 'flag.short' : 'flag.refused',
        { id: flag.saleId.slice(0, 8), message: flag.message || '' }) + ' (' + rp(flag.total || 0) + ')'));
      const dismiss = el('button', 'link', t('flag.dismiss'));
      dismiss.type = 'button';
      dismiss.addEventListener('click', () => Queue.dismiss(flag.saleId));
      item.append(dismiss);
      box.append(item);
    });
  }

  function notice(text) {
    const item = el('div', 'flag info', text);
    $('alerts').prepend(item);
    setTimeout(() => item.remove(), 6000);
  }

  // --- exhibitions -------------------------------------------------------------------------------------------------

  async function start() {
    translate();
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/kasir/sw.js', { scope: '/kasir' }).catch(() => undefined);
    }
    let session = null;
    try {
      session = await Api.session();
      if (!localStorage.getItem('kasir.lang') && session.lang) {
        state.lang = session.lang;
        translate();
      }
    } catch (offline) {
      session = null;
    }
    if (session && !session.signedIn) {
      show('signin');
      return;
    }
    state.me = session ? session.email : null;
    state.meId = session ? session.accountId : null;
    await loadBooths();
    await qrispAvailability();
    qrispResume();
    Queue.sync();
  }

  async function loadBooths() {
    let booths;
    try {
      booths = await Api.get('/api/kasir/booths');
      localStorage.setItem('kasir.booths', JSON.stringify(booths));
    } catch (failed) {
      if (failed instanceof Api.HttpError && failed.status === 401) {
        show('signin');
        return;
      }
      booths = JSON.parse(localStorage.getItem('kasir.booths') || '[]');
      notice(t('booths.offline'));
    }
    const list = $('booth-list');
    list.replaceChildren();
    booths.forEach(booth => {
      const button = el('button', 'booth');
      button.type = 'button';
      button.append(el('strong', null, booth.exhibitionName), el('span', null, booth.groupName + (booth.boothLabel ? ' · ' + booth.boothLabel : '')),
        el('span', 'muted small', booth.place));
      button.addEventListener('click', () => openBooth(booth));
      list.append(wrapped(button));
    });
    $('booths-empty').hidden = booths.length > 0;
    const remembered = localStorage.getItem('kasir.booth');
    const again = booths.find(booth => remembered === booth.exhibitionId + '/' + booth.groupId);
    if (again || booths.length === 1) {
      openBooth(again || booths[0]);
    } else {
      show('booths');
    }
  }

  async function openBooth(booth) {
    state.booth = booth;
    localStorage.setItem('kasir.booth', booth.exhibitionId + '/' + booth.groupId);
    $('booth-name').textContent = booth.exhibitionName + ' · ' + booth.groupName;
    const key = 'kasir.catalog.' + booth.exhibitionId + '.' + booth.groupId;
    try {
      state.items = await Api.get('/api/kasir/booths/' + booth.exhibitionId + '/' + booth.groupId + '/catalog');
      localStorage.setItem(key, JSON.stringify(state.items));
    } catch (offline) {
      state.items = JSON.parse(localStorage.getItem(key) || '[]');
    }
    state.cart = new Map();
    $('scan').hidden = !('BarcodeDetector' in window);
    $('scan-hint').hidden = 'BarcodeDetector' in window;
    renderItems();
    renderCart();
    show('sell');
  }

  /** What is on hand now as far as this phone knows: the shop's figure less the sales still waiting in the queue. */
  function onHand(item) {
    let waiting = 0;
    Queue.all().forEach(sale => sale.lines.forEach(line => { if (line.variantId === item.variantId) { waiting += line.quantity; } }));
    return Math.max(0, item.onHand - waiting);
  }

  function renderItems() {
    const query = $('search').value.trim().toLowerCase();
    const list = $('items');
    list.replaceChildren();
    const tagged = variantFromTag(query);
    const shown = state.items.filter(item => tagged !== null ? item.variantId === tagged
      : !query || item.name.toLowerCase().includes(query) || String(item.variantId) === query.replace('#', ''));
    shown.forEach(item => {
      const button = el('button', 'item');
      button.type = 'button';
      button.dataset.variant = item.variantId;
      if (item.thumbnailUrl) {
        const img = el('img');
        img.src = item.thumbnailUrl;
        img.alt = '';
        img.loading = 'lazy';
        img.width = 48;
        img.height = 48;
        button.append(img);
      }
      const left = onHand(item);
      const text = el('span', 'name');
      text.append(el('span', null, item.name), el('span', 'muted small', left > 0 ? t('sell.onhand', { n: left }) : t('sell.soldout')));
      button.append(text, el('strong', 'price', rp(item.price)));
      button.addEventListener('click', () => add(item));
      list.append(wrapped(button));
    });
    if (shown.length === 0) {
      list.append(el('li', 'muted', t('sell.none')));
    }
  }

  /** The tag's QR opens the product page with ?pameran=<exhibition>&varian=<variant>; a typed or scanned URL works too. */
  function variantFromTag(text) {
    if (!text || !text.includes('varian=')) {
      return null;
    }
    try {
      const url = new URL(text, location.origin);
      const exhibition = url.searchParams.get('pameran');
      if (state.booth && exhibition && Number(exhibition) !== state.booth.exhibitionId) {
        return -1;
      }
      return Number(url.searchParams.get('varian'));
    } catch (unreadable) {
      return null;
    }
  }

  async function scan(file) {
    try {
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      const codes = await detector.detect(await createImageBitmap(file));
      if (codes.length === 0) {
        notice(t('sell.scan.failed'));
        return;
      }
      const variant = variantFromTag(codes[0].rawValue);
      const item = state.items.find(candidate => candidate.variantId === variant);
      if (!item) {
        notice(t('sell.scan.other'));
        return;
      }
      add(item);
    } catch (failed) {
      notice(t('sell.scan.failed'));
    }
  }

  // --- basket and payment ------------------------------------------------------------------------------------------

  function add(item) {
    const quantity = (state.cart.get(item.variantId) || 0) + 1;
    state.cart.set(item.variantId, quantity);
    renderCart();
  }

  function change(variantId, by) {
    const quantity = (state.cart.get(variantId) || 0) + by;
    if (quantity <= 0) {
      state.cart.delete(variantId);
    } else {
      state.cart.set(variantId, Math.min(999, quantity));
    }
    renderCart();
  }

  function lines() {
    return Array.from(state.cart.entries()).map(([variantId, quantity]) => {
      const item = state.items.find(candidate => candidate.variantId === variantId);
      return { variantId, quantity, unitPrice: item.price, name: item.name };
    });
  }

  function cartTotal() {
    return lines().reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  }

  function renderCart() {
    const list = $('cart-lines');
    list.replaceChildren();
    lines().forEach(line => {
      const row = el('li', 'line');
      const less = el('button', 'icon', '−');
      less.type = 'button';
      less.setAttribute('aria-label', t('cart.less'));
      less.addEventListener('click', () => change(line.variantId, -1));
      const more = el('button', 'icon', '+');
      more.type = 'button';
      more.setAttribute('aria-label', t('cart.more'));
      more.addEventListener('click', () => change(line.variantId, 1));
      row.append(el('span', 'name', line.name), less, el('span', 'qty', String(line.quantity)), more,
        el('strong', 'price', rp(line.quantity * line.unitPrice)));
      list.append(row);
    });
    $('cart').hidden = state.cart.size === 0;
    $('cart-total').textContent = rp(cartTotal());
  }

  function method() {
    return document.querySelector('input[name=method]:checked').value;
  }

  function digits(text) {
    const clean = String(text || '').replace(/[^0-9]/g, '');
    return clean === '' ? null : Number(clean);
  }

  function openPay() {
    const total = cartTotal();
    $('pay-total').textContent = rp(total);
    $('cash-received').value = '';
    $('qris-reference').value = '';
    $('pay-error').hidden = true;
    const quick = $('cash-quick');
    quick.replaceChildren();
    const amounts = [total];
    [10000, 20000, 50000, 100000].forEach(step => {
      const rounded = Math.ceil(total / step) * step;
      if (rounded > total && !amounts.includes(rounded) && amounts.length < 4) {
        amounts.push(rounded);
      }
    });
    amounts.forEach((amount, index) => {
      const button = el('button', 'button small', index === 0 ? t('pay.exact') : rp(amount));
      button.type = 'button';
      button.addEventListener('click', () => { $('cash-received').value = money.format(amount); showChange(); });
      quick.append(button);
    });
    showMethod();
    showChange();
    show('pay');
  }

  function showMethod() {
    $('pay-cash').hidden = method() !== 'CASH';
    $('pay-qris').hidden = method() !== 'QRIS_REFERENCE';
    $('pay-qrisp').hidden = method() !== 'QRIS_PROVIDER';
    $('pay-card').hidden = method() !== 'CARD';
  }

  function showChange() {
    const received = digits($('cash-received').value);
    const change = received === null ? 0 : received - cartTotal();
    $('cash-change').textContent = received === null || change < 0 ? '—' : rp(change);
  }

  function finishSale() {
    const total = cartTotal();
    const payment = method();
    const received = digits($('cash-received').value);
    const reference = $('qris-reference').value.trim();
    const error = $('pay-error');
    if (payment === 'CASH' && received !== null && received < total) {
      error.textContent = t('pay.short');
      error.hidden = false;
      return;
    }
    if (payment === 'QRIS_REFERENCE' && reference.length < 4) {
      error.textContent = t('pay.noref');
      error.hidden = false;
      return;
    }
    const sale = {
      saleId: Queue.uuid(), exhibitionId: state.booth.exhibitionId, groupId: state.booth.groupId,
      lines: lines().map(line => ({ variantId: line.variantId, quantity: line.quantity, unitPrice: line.unitPrice, name: line.name })),
      payment, reference: payment === 'QRIS_REFERENCE' ? reference : null,
      cashReceived: payment === 'CASH' ? (received === null ? total : received) : null, soldAt: new Date().toISOString()
    };
    Queue.add(sale);
    state.last = sale;
    state.cart = new Map();
    renderCart();
    renderReceipt();
    show('receipt');
    Queue.sync().then(() => { renderReceipt(); renderItems(); });
  }

  function renderReceipt() {
    const sale = state.last;
    if (!sale) {
      return;
    }
    const total = sale.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
    const list = $('receipt-lines');
    list.replaceChildren();
    sale.lines.forEach(line => {
      const row = el('li', 'line');
      row.append(el('span', 'name', line.name + ' × ' + line.quantity), el('strong', 'price', rp(line.quantity * line.unitPrice)));
      list.append(row);
    });
    $('receipt-total').textContent = rp(total);
    $('receipt-change').textContent = sale.payment === 'CASH'
      ? t('receipt.change', { received: rp(sale.cashReceived), change: rp(sale.cashReceived - total) })
      : sale.payment === 'QRIS_PROVIDER' ? t('receipt.qrisp') : sale.payment === 'CARD' ? t('receipt.card') : t('pay.qris') + ': ' + sale.reference;
    const answer = Queue.done()[sale.saleId];
    const status = $('receipt-status');
    status.className = 'status ' + (answer ? answer.result : 'queued');
    status.textContent = !answer ? t('receipt.queued') : (answer.result === 'recorded' || answer.result === 'duplicate')
      ? t('receipt.recorded') : answer.message;
    $('receipt-link-box').hidden = !(answer && answer.receipt);
    if (answer && answer.receipt) {
      const link = location.origin + '/kasir/struk.html?t=' + encodeURIComponent(answer.receipt);
      $('receipt-link').href = link;
      $('receipt-link').textContent = link;
    }
    showReceiptMail(answer);
  }

  // --- today's sales and the day close -----------------------------------------------------------------------------

  function localDay() {
    const now = new Date();
    // The shop's days are Jakarta's (UTC+7), as the server counts them.
    return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  }

  async function openDay() {
    show('day');
    const booth = state.booth;
    const list = $('day-sales');
    list.replaceChildren();
    $('close-error').hidden = true;
    const waiting = Queue.all().filter(sale => sale.exhibitionId === booth.exhibitionId && sale.groupId === booth.groupId);
    waiting.forEach(sale => list.append(saleRow(sale.soldAt, sale.lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0),
      sale.payment, t('day.queued'), 'queued')));
    let day = null;
    try {
      day = await Api.get('/api/kasir/booths/' + booth.exhibitionId + '/' + booth.groupId + '/sales?day=' + localDay());
      $('day-offline').hidden = true;
    } catch (offline) {
      $('day-offline').hidden = false;
    }
    if (day) {
      day.sales.forEach(sale => list.append(saleRow(sale.soldAt, sale.total, sale.payment,
        sale.status === 'short' ? t('day.short') + (sale.shortReasonText ? ': ' + (sale.shortReasonText[state.lang] || sale.shortReasonText.id) : '')
          : '', sale.status)));
      $('day-cash').textContent = rp(day.expectedCash);
      showClose(day.close);
    }
    if (list.children.length === 0) {
      list.append(el('li', 'muted', t('day.none')));
    }
  }

  function saleRow(soldAt, total, payment, label, status) {
    const row = el('li', 'line ' + status);
    const time = new Date(soldAt).toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });
    row.append(el('span', 'name', time + ' · ' + (payment === 'CASH' ? t('pay.cash') : payment === 'CARD' ? t('pay.card')
      : payment === 'QRIS_PROVIDER' ? t('pay.qrisp') : t('pay.qris')) + (label ? ' · ' + label : '')),
      el('strong', 'price', rp(total)));
    return row;
  }

  function showClose(close) {
    $('close-form').hidden = !!close;
    $('close-state').hidden = !close;
    if (!close) {
      return;
    }
    const summary = $('close-summary');
    summary.replaceChildren(el('span', null, t('close.summary', { counted: rp(close.countedCash), expected: rp(close.expectedCash),
      difference: rp(close.difference) })));
    if (close.note) {
      summary.append(el('br'), el('span', null, t('close.note.shown', { note: close.note })));
    }
    summary.append(el('br'), el('strong', null, close.confirmed ? t('close.done') : t('close.waiting')));
    // Four eyes: the one who counted waits for someone else.
    $('close-confirm').hidden = close.confirmed || close.countedBy === state.meId;
  }

  async function closeCall(path, body) {
    const booth = state.booth;
    try {
      showClose(await Api.post('/api/kasir/booths/' + booth.exhibitionId + '/' + booth.groupId + path, body));
      $('close-error').hidden = true;
    } catch (failed) {
      $('close-error').textContent = failed instanceof Api.HttpError && failed.body ? failed.body.message : t('error.network');
      $('close-error').hidden = false;
    }
  }

  // --- QRIS through the shop's payment provider (online only) -------------------------------------------------------
  // The sale goes to the shop, which opens a QRIS charge for its total; the phone shows the QR and asks every 3 s until
  // the provider confirmed it (the shop then records the sale and answers with the receipt) or it failed or expired
  // (nothing recorded). The sale waiting for its payment is kept on the phone, so a reload resumes the wait.

  const QRISP = 'kasir.qrisp.v1';
  const qrisp = { available: false, card: false, timer: null };

  async function qrispAvailability() {
    try {
      const answer = await Api.get('/api/kasir/qris');
      qrisp.available = !!answer.available;
      qrisp.card = !!answer.card;
      localStorage.setItem('kasir.qrisp.available', qrisp.available ? '1' : '0');
      localStorage.setItem('kasir.card.available', qrisp.card ? '1' : '0');
    } catch (offline) {
      qrisp.available = localStorage.getItem('kasir.qrisp.available') === '1';
      qrisp.card = localStorage.getItem('kasir.card.available') === '1';
    }
    qrispOnline();
  }

  /** The options show where the shop has a QRIS or card provider; without a connection they are off and say why. */
  function qrispOnline() {
    $('method-qris-provider').hidden = !qrisp.available;
    $('method-card').hidden = !qrisp.card;
    $('qrisp-offline').hidden = !(qrisp.available || qrisp.card) || navigator.onLine;
    ['QRIS_PROVIDER', 'CARD'].forEach(value => {
      const radio = document.querySelector('input[name=method][value=' + value + ']');
      radio.disabled = !navigator.onLine;
      if (radio.disabled && radio.checked) {
        document.querySelector('input[name=method][value=CASH]').checked = true;
        showMethod();
      }
    });
  }

  /** What the waiting screen says for the charge's method (QRIS or card). */
  function chargeText(sale, key) {
    return t((sale.payment === 'CARD' ? 'card.' : 'qrisp.') + key);
  }

  async function qrispStart(payment) {
    const error = $('pay-error');
    if (!navigator.onLine) {
      error.textContent = t('pay.qrisp.offline');
      error.hidden = false;
      return;
    }
    const sale = {
      saleId: Queue.uuid(), exhibitionId: state.booth.exhibitionId, groupId: state.booth.groupId,
      lines: lines().map(line => ({ variantId: line.variantId, quantity: line.quantity, unitPrice: line.unitPrice, name: line.name })),
      payment, soldAt: new Date().toISOString()
    };
    $('pay-done').disabled = true;
    try {
      const charge = await Api.post('/api/kasir/qris', sale);
      localStorage.setItem(QRISP, JSON.stringify({ sale, charge }));
      qrispShow(sale, charge, chargeText(sale, 'scan'), 'open');
      qrispPoll();
    } catch (failed) {
      error.textContent = failed instanceof Api.HttpError && failed.body ? failed.body.message : t('error.network');
      error.hidden = false;
    } finally {
      $('pay-done').disabled = false;
    }
  }

  function qrispShow(sale, charge, message, status) {
    $('qrisp-total').textContent = rp(sale.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0));
    const image = $('qrisp-image');
    image.hidden = !(charge && charge.qrImage) || status !== 'open';
    if (charge && charge.qrImage) {
      image.src = charge.qrImage;
      image.alt = chargeText(sale, 'scan');
      image.dataset.payload = charge.qrPayload || '';
    }
    $('qrisp-demo').hidden = !(charge && charge.demo) || status !== 'open';
    $('qrisp-demo').textContent = chargeText(sale, 'demo');
    $('qrisp-page-label').textContent = chargeText(sale, 'page');
    $('qrisp-cancel').textContent = chargeText(sale, 'cancel');
    $('qrisp-page-box').hidden = !(charge && charge.payPage) || status !== 'open';
    if (charge && charge.payPage) {
      const page = new URL(charge.payPage, location.origin).href;
      $('qrisp-page').href = page;
      $('qrisp-page').textContent = page;
    }
    $('qrisp-until').textContent = charge && charge.payableUntil && status === 'open'
      ? t('qrisp.until', { time: new Date(charge.payableUntil).toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'id-ID',
        { hour: '2-digit', minute: '2-digit' }) }) : '';
    $('qrisp-state').className = 'status ' + status;
    $('qrisp-state').textContent = message;
    $('qrisp-cancel').hidden = status !== 'open';
    const mailBox = $('card-mail-box');
    const mailable = sale.payment === 'CARD' && status === 'open' && !!(charge && charge.payPage);
    if (mailBox.hidden && mailable) {
      $('card-email').value = '';
      $('card-mail-state').hidden = true;
    }
    mailBox.hidden = !mailable;
    $('qrisp-again').hidden = status === 'open';
    show('qris');
  }

  function qrispPoll() {
    clearTimeout(qrisp.timer);
    qrisp.timer = setTimeout(() => qrispCheck('check'), 3000);
  }

  async function qrispCheck(action) {
    const waiting = JSON.parse(localStorage.getItem(QRISP) || 'null');
    if (!waiting) {
      return;
    }
    if (!navigator.onLine) {
      $('qrisp-state').textContent = t('qrisp.offline');
      qrispPoll();
      return;
    }
    let progress;
    try {
      progress = await Api.post('/api/kasir/qris/' + encodeURIComponent(waiting.sale.saleId) + '/' + action, {});
    } catch (failed) {
      if (failed instanceof Api.HttpError && failed.status === 404) {
        localStorage.removeItem(QRISP);
        qrispShow(waiting.sale, null, failed.body ? failed.body.message : t('error.network'), 'failed');
        return;
      }
      $('qrisp-state').textContent = failed instanceof Api.HttpError && failed.body ? failed.body.message : t('qrisp.offline');
      qrispPoll();
      return;
    }
    if (progress.state === 'open') {
      qrispShow(waiting.sale, progress.charge || waiting.charge, chargeText(waiting.sale, 'scan'), 'open');
      qrispPoll();
      return;
    }
    localStorage.removeItem(QRISP);
    if (progress.state === 'paid' && progress.result) {
      Queue.remember(waiting.sale, { saleId: waiting.sale.saleId, result: progress.result, receipt: progress.receipt, message: progress.message });
      state.last = waiting.sale;
      state.cart = new Map();
      renderCart();
      renderReceipt();
      renderItems();
      show('receipt');
      return;
    }
    qrispShow(waiting.sale, null, progress.message, progress.state);
  }

  /** A sale that was waiting for its QRIS when the page closed: the wait goes on. */
  function qrispResume() {
    const waiting = JSON.parse(localStorage.getItem(QRISP) || 'null');
    if (waiting && state.booth && waiting.sale.exhibitionId === state.booth.exhibitionId && waiting.sale.groupId === state.booth.groupId) {
      qrispShow(waiting.sale, waiting.charge, chargeText(waiting.sale, 'scan'), 'open');
      qrispCheck('check');
    }
  }

  // --- the receipt by e-mail ---------------------------------------------------------------------------------------

  /** The receipt link as a QR code the buyer scans from the seller's screen (drawn by the shop). */
  async function showReceiptQr(answer) {
    const image = $('receipt-qr');
    if (!(answer && answer.receipt)) {
      image.hidden = true;
      return;
    }
    if (image.dataset.receipt === answer.receipt) {
      return;
    }
    image.dataset.receipt = answer.receipt;
    image.hidden = true;
    try {
      const qr = await Api.get('/api/kasir/receipts/' + encodeURIComponent(answer.receipt) + '/qr');
      image.src = qr.qrImage;
      image.alt = t('receipt.link') + ' ' + qr.link;
      image.hidden = false;
    } catch (offline) {
      delete image.dataset.receipt;
    }
  }

  function showReceiptMail(answer) {
    showReceiptQr(answer);
    const box = $('receipt-mail-box');
    const shown = !!(answer && answer.receipt);
    if (box.hidden && shown) {
      $('receipt-email').value = '';
      $('receipt-mail-state').hidden = true;
    }
    box.hidden = !shown;
  }

  /** Posts the typed address to the shop, which mails the buyer (and checks everything again); its answer shows below. */
  async function mailTo(path, input, button, answerBox) {
    const status = $(answerBox);
    $(button).disabled = true;
    try {
      const answer = await Api.post(path, { email: $(input).value.trim() });
      status.className = 'small status recorded';
      status.textContent = answer.message;
    } catch (failed) {
      status.className = 'small error';
      status.textContent = failed instanceof Api.HttpError && failed.body ? failed.body.message : t('error.network');
    } finally {
      status.hidden = false;
      $(button).disabled = false;
    }
  }

  function sendReceiptMail() {
    return mailTo('/api/kasir/sales/' + encodeURIComponent(state.last.saleId) + '/receipt-mail', 'receipt-email', 'receipt-mail-send', 'receipt-mail-state');
  }

  /** The open card page of the sale waiting for its card payment, mailed to the buyer. */
  function sendCardMail() {
    const waiting = JSON.parse(localStorage.getItem(QRISP) || 'null');
    return waiting ? mailTo('/api/kasir/qris/' + encodeURIComponent(waiting.sale.saleId) + '/mail', 'card-email', 'card-mail-send', 'card-mail-state')
      : Promise.resolve();
  }

  // --- wiring ------------------------------------------------------------------------------------------------------

  $('search').addEventListener('input', renderItems);
  $('search').addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      const tagged = variantFromTag($('search').value.trim());
      const item = state.items.find(candidate => candidate.variantId === tagged);
      if (item) {
        add(item);
        $('search').value = '';
        renderItems();
      }
    }
  });
  $('scan-input').addEventListener('change', event => {
    if (event.target.files[0]) {
      scan(event.target.files[0]);
    }
    event.target.value = '';
  });
  $('to-pay').addEventListener('click', openPay);
  $('to-day').addEventListener('click', openDay);
  document.querySelectorAll('input[name=method]').forEach(input => input.addEventListener('change', showMethod));
  $('cash-received').addEventListener('input', showChange);
  $('card-mail-send').addEventListener('click', sendCardMail);
  $('pay-done').addEventListener('click', () => (method() === 'QRIS_PROVIDER' || method() === 'CARD' ? qrispStart(method()) : finishSale()));
  $('qrisp-cancel').addEventListener('click', () => qrispCheck('cancel'));
  $('qrisp-again').addEventListener('click', () => { renderCart(); state.cart.size > 0 ? openPay() : show('sell'); });
  $('receipt-mail-send').addEventListener('click', sendReceiptMail);
  window.addEventListener('online', qrispOnline);
  window.addEventListener('offline', qrispOnline);
  $('new-sale').addEventListener('click', () => { renderItems(); show('sell'); });
  $('back').addEventListener('click', () => { renderItems(); show(state.booth ? 'sell' : 'booths'); });
  $('queue-badge').addEventListener('click', () => Queue.sync());
  $('close-save').addEventListener('click', () => closeCall('/close',
    { day: localDay(), countedCash: digits($('close-counted').value), note: $('close-note').value }));
  $('close-confirm').addEventListener('click', () => closeCall('/close/confirm', { day: localDay() }));
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'id' ? 'en' : 'id';
    localStorage.setItem('kasir.lang', state.lang);
    translate();
    if (state.screen === 'sell') { renderItems(); renderCart(); }
    if (state.screen === 'receipt') { renderReceipt(); }
  });
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  Queue.onChange(() => { showQueue(); if (state.screen === 'receipt') { renderReceipt(); } });
  document.addEventListener('kasir-sync-failed', event => {
    if (event.detail instanceof Api.HttpError && event.detail.status === 401) {
      notice(t('signin.again'));
    }
  });
  // What the booth's other screens (kasir-order.js: orders for later delivery) share with this one.
  window.KasirPage = { state, t, rp, el, show, lines, cartTotal, notice, newSale: () => { state.cart = new Map(); renderCart(); renderItems(); show('sell'); } };
  start();
})();
