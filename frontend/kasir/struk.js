// A buyer's receipt of a booth sale, by its unguessable link (/kasir/struk.html?t=…). Bilingual on one page: the buyer
// may be a visitor from abroad. Shown with textContent only.
(function () {
  'use strict';
  const $ = id => document.getElementById(id);
  const money = new Intl.NumberFormat('id-ID');
  const token = new URLSearchParams(location.search).get('t') || '';
  fetch('/api/kasir/receipts/' + encodeURIComponent(token), { headers: { Accept: 'application/json' } })
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(sale => {
      const when = new Date(sale.soldAt);
      $('state').textContent = when.toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' }) + ' WIB';
      sale.lines.forEach(line => {
        const row = document.createElement('li');
        row.className = 'line';
        const name = document.createElement('span');
        name.className = 'name';
        name.textContent = line.title + ' × ' + line.quantity;
        const price = document.createElement('strong');
        price.textContent = 'Rp ' + money.format(line.quantity * line.unitPrice);
        row.append(name, price);
        $('lines').append(row);
      });
      $('total').textContent = 'Rp ' + money.format(sale.total);
      $('paid').textContent = sale.payment === 'CASH' ? 'Tunai / Cash' : 'QRIS ' + (sale.reference || '');
    })
    .catch(() => { $('state').textContent = 'Struk tidak ditemukan. / Receipt not found.'; });
})();
