package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.shared.LocalizedText;

/** A product category (tenun, batik, anyaman, …); its code doubles as its URL slug. */
public record Category(String code, LocalizedText name) {
}
