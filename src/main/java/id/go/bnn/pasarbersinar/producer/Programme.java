package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.LocalizedText;

/** A BNN programme a producer group belongs to (drug-prone areas, post-rehabilitation IBM, alternative development). */
public record Programme(String code, LocalizedText name, LocalizedText description) {
}
