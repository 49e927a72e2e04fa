/**
 * Demo data for the demo (the README's first command): producer groups drawn from the news articles the shop was born from, their
 * products with pictures drawn at start-up (no network), curated collections, and a generator of large catalogs for
 * benchmarks. Loaded only with the demo switch ({@code PASAR_DEMO=true}); its accounts only on the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.go.bnn.pasarbersinar.demo;
