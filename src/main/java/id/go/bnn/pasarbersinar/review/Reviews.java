package id.go.bnn.pasarbersinar.review;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ImageStorageUnavailableException;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.catalog.ListingRatings;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.order.FulfilmentStatus;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.review.internal.ReviewStore;
import id.go.bnn.pasarbersinar.review.internal.ReviewText;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' reviews. Access is decided here: only the buyer of a delivered parcel (its account, or a guest holding the
 * order's signed link, both as {@link Orders#find} decides) reviews its lines, once each, and edits within the edit
 * period; a member of the parcel's group never does. The acting group answers its reviews once; anyone reports; the
 * province's curator keeps or hides what is queued. Each change of what is shown refreshes the catalog's rating and
 * publishes {@link ReviewsChanged}.
 */
@Service
public class Reviews {

    public static final int MAX_TEXT = 2000;
    public static final int MIN_TEXT = 3;
    public static final int MAX_ANSWER = 2000;
    public static final int MAX_NOTE = 300;
    public static final int MAX_PHOTOS = 3;
    public static final int PAGE_SIZE = 10;

    private final ReviewStore store;
    private final Orders orders;
    private final Images images;
    private final ListingRatings catalogRatings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration editPeriod;

    Reviews(ReviewStore store, Orders orders, Images images, ListingRatings ratings, ApplicationEventPublisher events, Clock clock,
            @Value("${pasar.reviews.edit-period:30d}") Duration editPeriod) {
        this.store = store;
        this.orders = orders;
        this.images = images;
        this.catalogRatings = ratings;
        this.events = events;
        this.clock = clock;
        this.editPeriod = editPeriod;
    }

    public Duration editPeriod() {
        return editPeriod;
    }

    /** The lines of the order's delivered parcels the caller may review, with their reviews; empty unless the caller is its buyer. */
    @Transactional(readOnly = true)
    public List<ReviewableLine> reviewable(String orderNumber, String token) {
        Optional<OrderDetails> order = orders.find(orderNumber, token).filter(OrderDetails::buyer);
        if (order.isEmpty()) {
            return List.of();
        }
        Map<Long, Review> written = store.ofOrder(orderNumber).stream().collect(Collectors.toMap(Review::lineId, Function.identity()));
        Caller caller = Caller.current();
        List<ReviewableLine> lines = new ArrayList<>();
        for (OrderDetails.Parcel parcel : order.get().parcels()) {
            if (parcel.status() != FulfilmentStatus.DELIVERED || caller.groups().contains(parcel.groupId())) {
                continue;
            }
            for (OrderDetails.Line line : parcel.lines()) {
                Review review = written.get(line.lineId());
                Instant until = review == null ? null : review.createdAt().plus(editPeriod);
                boolean editable = review == null || (review.status() != ReviewStatus.HIDDEN && clock.instant().isBefore(until));
                lines.add(new ReviewableLine(line.lineId(), line.productId(), parcel.groupId(), parcel.groupName(), line.label(), review,
                        until, editable));
            }
        }
        return lines;
    }

    /**
     * The buyer's review of one line of a delivered parcel; its id. Refused ({@link ReviewException}) for a line not
     * bought or not delivered, a line reviewed already, a member of the group, or a rating, text or photo out of bounds.
     */
    @Transactional
    public long write(String orderNumber, String token, long lineId, ReviewDraft draft) {
        Bought bought = bought(orderNumber, token, lineId);
        String body = checked(draft);
        if (store.ofOrder(orderNumber).stream().anyMatch(review -> review.lineId() == lineId)) {
            throw new ReviewException("review.error.already");
        }
        List<String> photos = storedPhotos(draft.photos());
        boolean held = ReviewText.carriesContact(body);
        Instant now = clock.instant();
        Review review = new Review(0, orderNumber, lineId, bought.line().productId(), bought.parcel().groupId(), bought.parcel().provinceCode(),
                ReviewText.author(bought.order().contact().name()), bought.line().label(), bought.order().createdAt(), draft.rating(), body,
                photos, held ? ReviewStatus.HELD : ReviewStatus.PUBLISHED, held, held ? "LINK" : null, null, null, null, now, now);
        long id;
        try {
            id = store.insert(review, Caller.current().accountId());
        } catch (DuplicateKeyException twice) {
            throw new ReviewException("review.error.already");
        }
        store.replacePhotos(id, photos);
        changed(review.productId(), review.groupId());
        return id;
    }

    /** The buyer's change of its review within the edit period; the photos given replace the old ones (none given: kept). */
    @Transactional
    public void edit(String orderNumber, String token, long lineId, ReviewDraft draft) {
        bought(orderNumber, token, lineId);
        String body = checked(draft);
        Review review = store.ofOrder(orderNumber).stream().filter(r -> r.lineId() == lineId).findFirst()
                .orElseThrow(() -> new ReviewException("review.error.unknown"));
        Instant now = clock.instant();
        if (review.status() == ReviewStatus.HIDDEN) {
            throw new ReviewException("review.error.hidden");
        }
        if (!now.isBefore(review.createdAt().plus(editPeriod))) {
            throw new ReviewException("review.error.edit-closed");
        }
        List<String> photos = draft.photos().isEmpty() ? review.photos() : storedPhotos(draft.photos());
        boolean reported = review.inQueue() && "REPORTED".equals(review.queueReason());
        boolean held = ReviewText.carriesContact(body);
        ReviewStatus status = held ? ReviewStatus.HELD : ReviewStatus.PUBLISHED;
        String reason = held ? "LINK" : reported ? "REPORTED" : null;
        if (!store.edit(review.id(), review.updatedAt(), draft.rating(), body, status, held || reported, reason, now)) {
            throw new ReviewException("review.error.changed");
        }
        store.replacePhotos(review.id(), photos);
        changed(review.productId(), review.groupId());
    }

    private record Bought(OrderDetails order, OrderDetails.Parcel parcel, OrderDetails.Line line) {
    }

    private Bought bought(String orderNumber, String token, long lineId) {
        OrderDetails order = orders.find(orderNumber, token).filter(OrderDetails::buyer)
                .orElseThrow(() -> new ReviewException("review.error.not-bought"));
        for (OrderDetails.Parcel parcel : order.parcels()) {
            for (OrderDetails.Line line : parcel.lines()) {
                if (line.lineId() == lineId) {
                    if (Caller.current().groups().contains(parcel.groupId())) {
                        throw new ReviewException("review.error.own-product");
                    }
                    if (parcel.status() != FulfilmentStatus.DELIVERED) {
                        throw new ReviewException("review.error.not-delivered");
                    }
                    return new Bought(order, parcel, line);
                }
            }
        }
        throw new ReviewException("review.error.not-bought");
    }

    private static String checked(ReviewDraft draft) {
        if (draft.rating() < 1 || draft.rating() > 5) {
            throw new ReviewException("review.error.rating");
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.length() < MIN_TEXT || body.length() > MAX_TEXT) {
            throw new ReviewException("review.error.text");
        }
        if (draft.photos().size() > MAX_PHOTOS) {
            throw new ReviewException("review.error.photos");
        }
        return body;
    }

    /** Each photo checked by its content and stored without its metadata, as every upload of the shop. */
    private List<String> storedPhotos(List<byte[]> uploads) {
        List<String> hashes = new ArrayList<>();
        for (byte[] bytes : uploads) {
            try {
                // The buyer's right to attach was checked above; the picture store admits staff, members and the shop.
                hashes.add(Caller.runAsSystem(() -> images.store(bytes)).hash());
            } catch (ImageStorageUnavailableException down) {
                throw new ReviewException("review.error.photo-storage");
            } catch (InvalidImageException bad) {
                throw new ReviewException("review.error.photo");
            }
        }
        return hashes;
    }

    /** The published reviews of a product, newest first, a page of {@link #PAGE_SIZE} (page 0 first). */
    @Transactional(readOnly = true)
    public List<Review> ofProduct(ProductId product, int page) {
        return store.published(product.value(), Math.max(0, Math.min(page, 1000)) * PAGE_SIZE, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public ProductRatings ratings(ProductId product) {
        int[] counts = store.distribution(product.value());
        int count = 0;
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            count += counts[i];
            sum += (long) counts[i] * (i + 1);
        }
        return new ProductRatings(count, count == 0 ? 0 : (int) Math.round(10.0 * sum / count), counts);
    }

    /** The acting group's reviews, newest first (at most 200), with the held and hidden ones it should know of. */
    @Transactional(readOnly = true)
    public List<Review> forMyGroup() {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.PRODUCER) && caller.actingGroup() != null, "reviews of a group");
        return store.ofGroup(caller.actingGroup(), 200);
    }

    /** The group's one public answer to a review of its products. */
    @Transactional
    public void answer(long reviewId, String text) {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.PRODUCER) && caller.actingGroup() != null, "answering review " + reviewId);
        Review review = store.find(reviewId).orElseThrow(() -> new ReviewException("review.error.unknown"));
        if (!caller.actsFor(review.groupId())) {
            throw new ReviewException("review.error.not-your-group");
        }
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > MAX_ANSWER) {
            throw new ReviewException("review.error.answer");
        }
        if (!store.answer(reviewId, answer, caller.accountId(), clock.instant())) {
            throw new ReviewException("review.error.answered");
        }
        changed(review.productId(), review.groupId());
    }

    /** Anyone may report a published review: it goes to its province's curator, and stays shown until decided. */
    @Transactional
    public void report(long reviewId, String note) {
        String why = note == null ? "" : note.strip();
        if (why.length() > MAX_NOTE) {
            throw new ReviewException("review.error.note");
        }
        Review review = store.find(reviewId).filter(r -> r.status() == ReviewStatus.PUBLISHED)
                .orElseThrow(() -> new ReviewException("review.error.unknown"));
        store.report(review.id(), why.isEmpty() ? null : why);
    }

    /** The queue of the caller's provinces (every province for an administrator), oldest first. */
    @Transactional(readOnly = true)
    public List<Review> queue() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "review queue");
        return store.queue(caller.isAdmin() ? null : caller.provinces(), 200);
    }

    /** The curator keeps (shows) or hides a queued review, with a reason the decision log keeps. */
    @Transactional
    public void decide(long reviewId, boolean keep, String reason) {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "deciding review " + reviewId);
        Review review = store.find(reviewId).orElseThrow(() -> new ReviewException("review.error.unknown"));
        caller.requireCurator(review.provinceCode(), "deciding review " + reviewId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > MAX_NOTE) {
            throw new ReviewException("review.error.reason");
        }
        ReviewStatus after = keep ? ReviewStatus.PUBLISHED : ReviewStatus.HIDDEN;
        if (!store.decide(reviewId, after)) {
            throw new ReviewException("review.error.decided");
        }
        events.publishEvent(new StaffDecision(caller.accountId(), caller.email(), review.provinceCode(), "REVIEW", String.valueOf(reviewId),
                keep ? "REVIEW_KEPT" : "REVIEW_HIDDEN", review.status() + " (" + review.queueReason() + "): " + review.rating() + "★ "
                        + shortened(review.body()), after + ": " + why, clock.instant()));
        changed(review.productId(), review.groupId());
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The catalog's projection follows the published reviews; the page cache learns of the change. */
    private void changed(long productId, long groupId) {
        ProductRatings now = ratings(new ProductId(productId));
        catalogRatings.record(new ProductId(productId), now.tenths(), now.count());
        events.publishEvent(new ReviewsChanged(productId, groupId));
        // The group page (its average) loses its cached copy; the product page and the lists (cards show the rating)
        // lose theirs through the catalog, whose recording of the rating publishes the listing's change.
        events.publishEvent(StorefrontChanged.group(groupId));
    }
}
