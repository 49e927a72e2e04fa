/**
 * Demo data for the embedded default: producer groups drawn from the news articles the shop was born from, their
 * products with pictures drawn at start-up (no network), curated collections, and a generator of large catalogs for
 * benchmarks. Never loaded on MySQL unless asked for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.go.bnn.pasarbersinar.demo;
