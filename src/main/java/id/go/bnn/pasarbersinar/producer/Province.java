package id.go.bnn.pasarbersinar.producer;

/** One of Indonesia's 38 provinces, with its Kemendagri code (e.g. 53 for Nusa Tenggara Timur). */
public record Province(String code, String name, String island, String capital) {
}
