// Orders for later delivery, online only: the basket's items, the buyer's name, e-mail and phone and where the parcel
// goes (abroad: the country from a list, free address lines, postal code and city; in Indonesia: province, regency and
// district from the shop's lists, as at checkout). The shop makes a normal order and mails the buyer a card payment
// link; the items leave the booth's stock at once. Kept apart from kasir.js (sales) and shown with textContent only.
(function () {
  'use strict';
  const Api = window.KasirApi;
  const Page = window.KasirPage;
  const $ = id => document.getElementById(id);
  const INDONESIA = 'ID';
  // One id per order the seller is taking, kept until the shop answered it: a request sent again (no answer came back
  // on a weak connection) is answered with the order placed the first time, never a second order.
  // A new basket is a new order: its own id.
  let orderKey = null;
  let orderBasket = null;

  Object.assign(window.KASIR_TEXTS.id, {
    'order.open': 'Pesan untuk dikirim (tautan kartu)',
    'order.title': 'Pesanan untuk dikirim',
    'order.hint': 'Untuk pembeli yang ingin barangnya dikirim, juga ke luar negeri. Pembeli membayar dengan kartu lewat tautan yang dikirim ke e-mailnya; barang diambil dari stok stan.',
    'order.offline': 'Pesanan untuk dikirim butuh sinyal. Coba lagi saat daring.',
    'order.items': 'Barang',
    'order.name': 'Nama pembeli',
    'order.email': 'E-mail pembeli (tautan pembayaran dikirim ke sini)',
    'order.phone': 'Telepon pembeli (bentuk internasional, mis. +43 1 234 5678)',
    'order.country': 'Negara tujuan',
    'order.province': 'Provinsi',
    'order.regency': 'Kabupaten/kota',
    'order.district': 'Kecamatan',
    'order.street': 'Alamat (jalan, nomor, baris tambahan)',
    'order.city': 'Kota',
    'order.postal': 'Kode pos',
    'order.notes': 'Catatan (boleh kosong)',
    'order.choose': '— pilih —',
    'order.send': 'Buat pesanan & kirim tautan',
    'order.sending': 'Mengirim…',
    'order.done.title': 'Pesanan dibuat',
    'order.shipping': 'Ongkos kirim',
    'order.follow': 'Halaman pesanan untuk pembeli:',
    'order.pay-link': 'Tautan pembayaran kartu (juga di e-mail pembeli; pembeli boleh langsung membayar di ponselnya):',
    'order.failed': 'Pesanan tidak dapat dibuat: {message}',
  });
  Object.assign(window.KASIR_TEXTS.en, {
    'order.open': 'Order for delivery (card link)',
    'order.title': 'Order for later delivery',
    'order.hint': 'For a buyer who wants the items delivered, abroad too. The buyer pays by card through a link sent to their e-mail; the items are taken from the booth stock.',
    'order.offline': 'An order for delivery needs a connection. Try again when online.',
    'order.items': 'Items',
    'order.name': 'Buyer name',
    'order.email': 'Buyer e-mail (the payment link goes here)',
    'order.phone': 'Buyer phone (international form, e.g. +43 1 234 5678)',
    'order.country': 'Destination country',
    'order.province': 'Province',
    'order.regency': 'Regency/city',
    'order.district': 'District',
    'order.street': 'Address (street, number, further lines)',
    'order.city': 'City',
    'order.postal': 'Postal code',
    'order.notes': 'Notes (optional)',
    'order.choose': '— choose —',
    'order.send': 'Place order & send link',
    'order.sending': 'Sending…',
    'order.done.title': 'Order placed',
    'order.shipping': 'Shipping',
    'order.follow': 'The buyer order page:',
    'order.pay-link': 'Card payment link (also in the buyer e-mail; the buyer may pay on their own phone right away):',
    'order.failed': 'The order could not be placed: {message}',
  });

  // kasir.js translated the page before these texts were added: name this screen's nodes now.
  document.querySelectorAll('[data-t^="order."]').forEach(node => { node.textContent = Page.t(node.dataset.t); });

  function options(select, choices, chosen) {
    const first = Page.el('option', null, Page.t('order.choose'));
    first.value = '';
    select.replaceChildren(first);
    choices.forEach(choice => {
      const option = Page.el('option', null, choice.name);
      option.value = choice.code;
      select.append(option);
    });
    select.value = chosen || '';
  }

  async function list(path, select, chosen) {
    try {
      options(select, await Api.get(path), chosen);
    } catch (failed) {
      options(select, [], null);
    }
  }

  function showAddress() {
    const indonesia = $('order-country').value === INDONESIA;
    $('order-id').hidden = !indonesia;
    $('order-abroad').hidden = indonesia;
    if (indonesia && $('order-province').options.length <= 1) {
      list('/api/kasir/places/provinces', $('order-province'));
    }
  }

  function error(text) {
    $('order-error').textContent = text || '';
    $('order-error').hidden = !text;
  }

  async function openOrder() {
    const lines = Page.lines();
    const box = $('order-lines');
    box.replaceChildren();
    lines.forEach(line => {
      const row = Page.el('li', 'line');
      row.append(Page.el('span', 'name', line.name), Page.el('span', 'qty', String(line.quantity)),
        Page.el('strong', 'price', Page.rp(line.quantity * line.unitPrice)));
      box.append(row);
    });
    $('order-items-total').textContent = Page.rp(Page.cartTotal());
    const basket = JSON.stringify(lines.map(line => [line.variantId, line.quantity]));
    if (!orderKey || basket !== orderBasket) {
      orderKey = window.KasirQueue.uuid();
      orderBasket = basket;
    }
    $('order-offline').hidden = navigator.onLine;
    $('order-send').disabled = !navigator.onLine;
    error(null);
    Page.show('order');
    if ($('order-country').options.length <= 1) {
      await list('/api/kasir/places/countries', $('order-country'));
    }
    showAddress();
  }

  async function send(event) {
    event.preventDefault();
    const booth = Page.state.booth;
    const lines = Page.lines();
    if (!navigator.onLine) {
      error(Page.t('order.offline'));
      return;
    }
    const indonesia = $('order-country').value === INDONESIA;
    const body = {
      exhibitionId: booth.exhibitionId, groupId: booth.groupId,
      lines: lines.map(line => ({ variantId: line.variantId, quantity: line.quantity })),
      name: $('order-name').value, email: $('order-email').value, phone: $('order-phone').value,
      country: $('order-country').value || null,
      province: indonesia ? $('order-province').value : null, regency: indonesia ? $('order-regency').value : null,
      district: indonesia ? $('order-district').value : null,
      street: $('order-street').value, city: indonesia ? null : $('order-city').value, postalCode: $('order-postal').value,
      notes: $('order-notes').value, lang: Page.state.lang, orderKey
    };
    const button = $('order-send');
    button.disabled = true;
    button.textContent = Page.t('order.sending');
    try {
      const placed = await Api.post('/api/kasir/orders', body);
      orderKey = null;
      // The shop took the items from the booth: the phone's figures follow until the catalog is read again.
      lines.forEach(line => {
        const item = Page.state.items.find(candidate => candidate.variantId === line.variantId);
        if (item) { item.onHand = Math.max(0, item.onHand - line.quantity); }
      });
      $('ordered-message').textContent = placed.message;
      $('ordered-shipping').textContent = Page.rp(placed.shipping);
      $('ordered-total').textContent = Page.rp(placed.total);
      $('ordered-pay').parentElement.hidden = !placed.paymentUrl;
      $('ordered-pay').textContent = placed.paymentUrl || '';
      $('ordered-pay').href = placed.paymentUrl || '#';
      $('ordered-link').textContent = placed.orderUrl;
      $('ordered-link').href = placed.orderUrl;
      $('order-form').reset();
      showAddress();
      Page.show('ordered');
    } catch (failed) {
      error(Page.t('order.failed', { message: failed.message }));
    } finally {
      button.disabled = false;
      button.textContent = Page.t('order.send');
    }
  }

  $('to-order').addEventListener('click', openOrder);
  $('order-country').addEventListener('change', showAddress);
  $('order-province').addEventListener('change', () => {
    options($('order-district'), [], null);
    if ($('order-province').value) {
      list('/api/kasir/places/provinces/' + encodeURIComponent($('order-province').value) + '/regencies', $('order-regency'));
    } else {
      options($('order-regency'), [], null);
    }
  });
  $('order-regency').addEventListener('change', () => {
    if ($('order-regency').value) {
      list('/api/kasir/places/regencies/' + encodeURIComponent($('order-regency').value) + '/districts', $('order-district'));
    } else {
      options($('order-district'), [], null);
    }
  });
  $('order-form').addEventListener('submit', send);
  $('ordered-new').addEventListener('click', Page.newSale);
  window.addEventListener('online', () => { $('order-offline').hidden = true; $('order-send').disabled = false; });
  window.addEventListener('offline', () => { $('order-offline').hidden = false; $('order-send').disabled = true; });
})();
