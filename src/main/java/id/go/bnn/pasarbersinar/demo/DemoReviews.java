package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.review.ReviewDraft;
import id.go.bnn.pasarbersinar.review.ReviewableLine;
import id.go.bnn.pasarbersinar.review.Reviews;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo buyers' reviews of delivered demo orders, in Indonesian and English, and the groups' answers to some of
 * them, written through {@link Reviews} by the buyer's signed order link at the history's moment (see
 * {@link DemoOrders}). One review carries a phone number, so the curator of East Nusa Tenggara finds it in
 * {@code /staf/ulasan}. Written only where the demo history is (the demo switch).
 */
@Component
class DemoReviews {

    /** Stars and words of the demo reviews, taken in turn. */
    private static final List<Object[]> SAID = List.of(
            new Object[] {5, "Tenunnya rapi sekali dan warnanya sama seperti di foto. Dikemas rapi dengan kertas, sampai dalam tiga hari."},
            new Object[] {4, "Bagus dan kuat. Warnanya sedikit lebih gelap dari foto, tapi saya tetap suka."},
            new Object[] {5, "Beautiful work, you can feel it was made by hand. Arrived well packed and earlier than expected."},
            new Object[] {5, "Sudah kedua kalinya beli di sini. Kualitasnya konsisten, terima kasih untuk kelompoknya!"},
            new Object[] {3, "Barangnya bagus, tapi pengirimannya agak lama karena kurir. Kemasan aman."},
            new Object[] {4, "Good quality for the price. The size is a little smaller than I imagined, check the measurements."},
            new Object[] {5, "Hadiah untuk ibu saya, beliau senang sekali. Jahitannya halus dan ada kartu cerita pembuatnya."},
            new Object[] {4, "Rasanya enak dan kemasannya rapat. Akan pesan lagi bulan depan."},
            new Object[] {5, "Lovely colours and a nice story behind it. I will order again for my family."},
            new Object[] {4, "Sesuai deskripsi. Ada sedikit benang yang lepas tapi mudah dirapikan."});

    private static final List<String> ANSWERS = List.of(
            "Terima kasih banyak atas ulasannya! Kami senang barangnya sampai dengan baik.",
            "Thank you for your kind words! We are happy you like it.",
            "Terima kasih masukannya. Foto produk akan kami perbarui supaya warnanya lebih sesuai.");

    private static final String WITH_PHONE = "Bagus sekali! Kalau mau pesan banyak hubungi saya saja di 0812 3456 7890, lebih murah.";

    private final Reviews reviews;

    DemoReviews(Reviews reviews) {
        this.reviews = reviews;
    }

    /** The buyer (by the order's signed link) reviews the first delivered line of the order; the {@code index}-th of the demo. */
    Optional<Long> write(String number, String token, int index, boolean withPhone) {
        return Caller.runAsSystem(() -> {
            List<ReviewableLine> lines = reviews.reviewable(number, token);
            Optional<ReviewableLine> line = lines.stream().filter(l -> l.review() == null).findFirst();
            if (line.isEmpty()) {
                return Optional.<Long>empty();
            }
            Object[] said = SAID.get(index % SAID.size());
            String text = withPhone ? WITH_PHONE : (String) said[1];
            return Optional.of(reviews.write(number, token, line.get().lineId(), new ReviewDraft((Integer) said[0], text, List.of())));
        });
    }

    /** A member of the group answers that review. */
    void answer(Caller member, long reviewId, int index) {
        DemoCallers.as(member, () -> reviews.answer(reviewId, ANSWERS.get(index % ANSWERS.size())));
    }
}
