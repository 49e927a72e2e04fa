package id.go.bnn.pasarbersinar.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.order.OrderFixture;
import id.go.bnn.pasarbersinar.review.Review;
import id.go.bnn.pasarbersinar.review.ReviewDraft;
import id.go.bnn.pasarbersinar.review.ReviewFixture;
import id.go.bnn.pasarbersinar.review.Reviews;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix of reviews (issue 20): the group's list and answer, the curator's queue and decision. Each
 * refused call is also checked against the reviews it could have changed (their answer, state and queue), read just
 * before and just after it. Writing a review of a line one did not buy is refused with a message, not an access
 * error: ReviewsTest has it.
 */
class ReviewAccessMatrixTest extends AccessMatrix {

    @Autowired
    Reviews reviewService;
    @Autowired
    ReviewFixture reviewFixture;

    long publishedReview;
    long heldReview;

    @BeforeAll
    void an_ntt_review_published_and_one_held_for_the_curator() {
        OrderFixture.Group ntt = new OrderFixture.Group(nttGroup.value(), NTT);
        ReviewFixture.Bought one = reviewFixture.delivered(ntt, "Ulasan Matriks", "Pembeli Matriks", 100_000);
        publishedReview = reviewService.write(one.number(), one.token(), one.lineId(), new ReviewDraft(5, "Bagus sekali", List.of()));
        ReviewFixture.Bought two = reviewFixture.delivered(ntt, "Ulasan Matriks Tertahan", "Pembeli Matriks", 100_000);
        heldReview = reviewService.write(two.number(), two.token(), two.lineId(), new ReviewDraft(4, "Pesan di www.contoh.com", List.of()));
    }

    private String reviewState() {
        return orderFixture.jdbc().sql("SELECT CONCAT(id, ':', status, ':', in_queue, ':', COALESCE(answer, '-'), ':', rating, ':', body) "
                        + "FROM review WHERE id IN (?, ?) ORDER BY id")
                .params(publishedReview, heldReview).query(String.class).list().toString();
    }

    /** The row's call, failing the row if it changed a review even though it was refused. */
    private Row row(Caller caller, String what, Runnable call) {
        return new Row(name(caller), what, caller, () -> {
            String before = reviewState();
            try {
                call.run();
            } finally {
                assertThat(reviewState()).as("reviews after %s", what).isEqualTo(before);
            }
        });
    }

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(row(caller, "Reviews.forMyGroup", () -> reviewService.forMyGroup()));
            rows.add(row(caller, "Reviews.answer of an NTT review", () -> reviewService.answer(publishedReview, "Jawaban liar")));
        }
        for (Caller caller : List.of(memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "Reviews.queue", () -> reviewService.queue()));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(row(caller, "Reviews.decide (keep) of an NTT review", () -> reviewService.decide(heldReview, true, "Boleh saja")));
            rows.add(row(caller, "Reviews.decide (hide) of an NTT review", () -> reviewService.decide(publishedReview, false, "Sembunyikan")));
        }
    }

    @Test
    void the_rightful_callers_read_what_the_matrix_refuses() {
        assertThat(Callers.as(memberOfNtt, () -> reviewService.forMyGroup())).extracting(Review::id).contains(publishedReview, heldReview);
        assertThat(Callers.as(curatorOfNtt, () -> reviewService.queue())).extracting(Review::id).contains(heldReview);
        assertThat(Callers.as(adminNotSystem, () -> reviewService.queue())).extracting(Review::id).contains(heldReview);
        assertThat(Callers.as(ownerOfBantenGroup, () -> reviewService.forMyGroup())).extracting(Review::id)
                .doesNotContain(publishedReview, heldReview);
    }
}
