package id.go.bnn.pasarbersinar.message;

import id.go.bnn.pasarbersinar.catalog.Catalog;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.catalog.ProductDetails;
import id.go.bnn.pasarbersinar.message.internal.ConversationStore;
import id.go.bnn.pasarbersinar.message.internal.ConversationStore.ConversationRow;
import id.go.bnn.pasarbersinar.message.internal.ConversationStore.InboxRow;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.Orders;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations between a buyer and a producer group. The buyer side is the signed-in buyer the conversation belongs
 * to, or whoever holds the order's signed link (a guest); the group side is a member acting for the group. The curator
 * of the group's province (and an administrator) reads a conversation only once it is reported or disputed, and never
 * writes in it. Anyone else is refused and nothing changes.
 */
@Service
@Transactional
public class Messages {

    static final int INBOX_SIZE = 100;
    /** The most photos one message carries. */
    public static final int MAX_PHOTOS = 3;

    private final ConversationStore store;
    private final Orders orders;
    private final Catalog catalog;
    private final ProducerGroups groups;
    private final Images images;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxLength;
    private final int perMinute;

    Messages(ConversationStore store, Orders orders, Catalog catalog, ProducerGroups groups, Images images, ApplicationEventPublisher events,
            Clock clock,
            @Value("${pasar.message.max-length:2000}") int maxLength, @Value("${pasar.message.per-minute:10}") int perMinute) {
        this.store = store;
        this.orders = orders;
        this.catalog = catalog;
        this.groups = groups;
        this.images = images;
        this.events = events;
        this.clock = clock;
        this.maxLength = maxLength;
        this.perMinute = perMinute;
    }

    public int maxLength() {
        return maxLength;
    }

    /** A signed-in buyer's question about a public product to the group that makes it; returns the conversation. */
    public long askAboutProduct(String productSlug, String text) {
        Caller caller = Caller.current();
        caller.requireSignedIn();
        caller.require(caller.accountId() != null, "asking a group");
        ProductDetails product = catalog.findPublic(productSlug).orElseThrow(() -> new MessageException("message.error.no-product"));
        long groupId = product.group().id().value();
        if (caller.groups().contains(groupId)) {
            throw new MessageException("message.error.own-group");
        }
        String body = checked(text, authorKey(caller, null), false);
        Instant now = clock.instant();
        long id = store.forProduct(caller.accountId(), product.id().value()).map(ConversationRow::id)
                .orElseGet(() -> store.insert(groupId, product.group().provinceCode(), caller.accountId(), caller.email(), null,
                        product.id().value(), subject(product.title().in(java.util.Locale.of("id"))), now));
        post(id, Side.BUYER, authorKey(caller, null), body, List.of(), now);
        return id;
    }

    /**
     * The conversation of an order with one of the groups that ship a parcel of it, made on first opening: for the
     * buyer (signed in, or a guest with the order's signed link {@code token}) and members acting for that group.
     */
    public long openForOrder(String orderNumber, long groupId, String token) {
        Caller caller = Caller.current();
        OrderDetails order = orders.find(orderNumber, token).orElseThrow(() -> refused(caller, "order " + orderNumber));
        OrderDetails.Parcel parcel = order.parcels().stream().filter(p -> p.groupId() == groupId).findFirst()
                .orElseThrow(() -> refused(caller, "order " + orderNumber + " of group " + groupId));
        caller.require(order.buyer() || caller.actsFor(groupId), "conversation of order " + orderNumber);
        Optional<ConversationRow> existing = store.forOrder(orderNumber, groupId);
        if (existing.isPresent()) {
            claimForSignedInBuyer(existing.get(), order, caller, token);
            return existing.get().id();
        }
        Long buyerAccount = order.buyer() && caller.isSignedIn() && token == null ? caller.accountId() : null;
        return store.insert(groupId, parcel.provinceCode(), buyerAccount, order.contact().email(), orderNumber, null,
                subject(orderNumber + " \u00b7 " + parcel.groupName()), clock.instant());
    }

    /** The conversation as the caller may read it; the reading marks it read for the caller's side. */
    public Conversation read(long conversationId, String token) {
        Caller caller = Caller.current();
        ConversationRow row = store.find(conversationId).orElseThrow(() -> refused(caller, "conversation " + conversationId));
        Side side = reader(row, caller, token);
        if (side != null) {
            store.markRead(row.id(), side);
        }
        Map<Long, List<String>> photos = store.photos(row.id());
        List<Conversation.Post> posts = store.posts(row.id()).stream()
                .map(post -> new Conversation.Post(post.id(), post.side(), post.body(), post.createdAt(), post.side() == side,
                        photos.getOrDefault(post.id(), List.of()))).toList();
        return new Conversation(row.id(), row.subject(), groupName(row.groupId()), row.orderNumber(), side, row.reportedAt() != null,
                row.disputedAt() != null, posts);
    }

    /**
     * A photo of the conversation for whoever may read it ({@link #read}'s rule, without marking anything read), as
     * uploaded ({@code width} 0) or at one of the catalog's widths; empty when the conversation holds no such photo.
     * Message photos are kept private by the catalog: this is the only way to them.
     */
    public Optional<Images.Picture> photo(long conversationId, String hash, int width, String token) {
        Caller caller = Caller.current();
        ConversationRow row = store.find(conversationId).orElseThrow(() -> refused(caller, "conversation " + conversationId));
        reader(row, caller, token);
        return store.holdsPhoto(row.id(), hash) ? Caller.runAsSystem(() -> images.privatePicture(hash, width)) : Optional.empty();
    }

    /** The address of a photo of the conversation ({@link #photo}); a guest's carries the order's signed link. */
    public static String photoPath(long conversationId, String hash, int width, String token) {
        String path = "/pesan/foto/" + conversationId + "/" + hash + "/" + width;
        return token == null ? path : path + "?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A new message from the caller's side; the other side is mailed a link to the conversation. */
    public void write(long conversationId, String token, String text) {
        write(conversationId, token, text, List.of());
    }

    /**
     * A new message from the caller's side with up to {@link #MAX_PHOTOS} photos (the uploaded bytes): each is checked
     * by its content and re-encoded without metadata by the catalog's {@link Images}, as every upload; with a photo the
     * text may be empty. A file that is no accepted picture, or one photo too many, refuses the whole message.
     */
    public void write(long conversationId, String token, String text, List<byte[]> photos) {
        Caller caller = Caller.current();
        ConversationRow row = store.find(conversationId).orElseThrow(() -> refused(caller, "conversation " + conversationId));
        Side side = side(row, caller, token);
        caller.require(side != null, "writing in conversation " + conversationId);
        List<byte[]> uploads = photos == null ? List.of() : photos;
        if (uploads.size() > MAX_PHOTOS) {
            throw new MessageException("message.error.photos", MAX_PHOTOS);
        }
        List<Images.Prepared> pictures = uploads.stream().map(Messages::checkedPhoto).toList();
        String author = authorKey(caller, side == Side.BUYER && !caller.isSignedIn() ? row.orderNumber() : null);
        String body = checked(text, author, !pictures.isEmpty());
        // Buyers may not store pictures themselves: the side was checked above, so the shop stores them for it, kept
        // private (served only by photo(), to those who may read the conversation).
        List<String> hashes = Caller.runAsSystem(() -> pictures.stream().map(picture -> images.storePrivate(picture).hash()).distinct().toList());
        post(row.id(), side, author, body, hashes, clock.instant());
    }

    /** The picture checked and cleaned, or the catalog's reason why not as the message's. */
    private static Images.Prepared checkedPhoto(byte[] bytes) {
        try {
            return Images.prepare(bytes);
        } catch (InvalidImageException refused) {
            throw new MessageException(refused.messageKey());
        }
    }

    /** Either side reports the conversation: from now on the curator of the group's province may read it. */
    public void report(long conversationId, String token) {
        Caller caller = Caller.current();
        ConversationRow row = store.find(conversationId).orElseThrow(() -> refused(caller, "conversation " + conversationId));
        Side side = side(row, caller, token);
        caller.require(side != null, "reporting conversation " + conversationId);
        store.report(row.id(), side, clock.instant());
    }

    /**
     * A dispute about an order's parcel was opened (the returns module calls this): the curator of the group's province
     * may read the order's conversation with that group. The shop itself or staff of that province only.
     */
    public void disputeOpened(String orderNumber, long groupId) {
        Caller caller = Caller.current();
        GroupSummary group = groups.find(new GroupId(groupId)).orElseThrow(() -> refused(caller, "group " + groupId));
        caller.requireCurator(group.provinceCode(), "disputes of group " + groupId);
        store.forOrder(orderNumber, groupId).ifPresent(row -> store.dispute(row.id(), clock.instant()));
    }

    /** The signed-in buyer's conversations, newest first, with their unread counts. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> buyerInbox() {
        Caller caller = Caller.current();
        caller.require(caller.isSignedIn(), "a buyer's inbox");
        return store.buyerInbox(caller.accountId(), INBOX_SIZE).stream().map(this::summary).toList();
    }

    /** The conversations of the group the caller acts for, newest first, with their unread counts. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> groupInbox() {
        Caller caller = Caller.current();
        caller.require(caller.actingGroup() != null && caller.actsFor(caller.actingGroup()), "a group's inbox");
        return store.groupInbox(caller.actingGroup(), INBOX_SIZE).stream().map(this::summary).toList();
    }

    /** Reported or disputed conversations of the provinces the caller curates, newest first. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> reportedInbox() {
        Caller caller = Caller.current();
        caller.require(caller.has(Caller.Role.CURATOR), "reported conversations");
        return store.reported(List.copyOf(caller.provinces()), INBOX_SIZE).stream().map(this::summary).toList();
    }

    /** Unread messages for the caller: its own as a buyer, plus its acting group's; 0 for nobody. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        Caller caller = Caller.current();
        if (!caller.isSignedIn()) {
            return 0;
        }
        int count = store.buyerUnread(caller.accountId());
        if (caller.actingGroup() != null && caller.actsFor(caller.actingGroup())) {
            count += store.groupUnread(caller.actingGroup());
        }
        return count;
    }

    /** The reader's side, null for the province's curator of a reported or disputed conversation; anyone else is refused. */
    private Side reader(ConversationRow row, Caller caller, String token) {
        Side side = side(row, caller, token);
        if (side == null) {
            boolean open = row.reportedAt() != null || row.disputedAt() != null;
            caller.require(open && caller.curates(row.provinceCode()), "conversation " + row.id());
        }
        return side;
    }

    private Side side(ConversationRow row, Caller caller, String token) {
        if (caller.actsFor(row.groupId())) {
            return Side.GROUP;
        }
        if (row.buyerAccountId() != null && caller.isAccount(row.buyerAccountId())) {
            return Side.BUYER;
        }
        if (row.orderNumber() != null && orders.find(row.orderNumber(), token).filter(OrderDetails::buyer).isPresent()) {
            return Side.BUYER;
        }
        return null;
    }

    /** A conversation a group started (or a guest's order that the buyer now opens signed in) joins the buyer's inbox. */
    private void claimForSignedInBuyer(ConversationRow row, OrderDetails order, Caller caller, String token) {
        if (row.buyerAccountId() == null && order.buyer() && caller.isSignedIn() && token == null && !caller.actsFor(row.groupId())) {
            store.claim(row.id(), caller.accountId());
        }
    }

    private void post(long conversationId, Side side, String author, String body, List<String> photos, Instant now) {
        long postId = store.insertPost(conversationId, side, author, body, now);
        store.insertPhotos(postId, photos);
        events.publishEvent(new MessagePosted(conversationId, postId, side));
    }

    /** The text as kept: stripped, not empty (unless photos come with it), within the length, and within the sender's rate. */
    private String checked(String text, String author, boolean withPhotos) {
        String body = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (body.isEmpty() && !withPhotos) {
            throw new MessageException("message.error.empty");
        }
        if (body.length() > maxLength) {
            throw new MessageException("message.error.too-long", maxLength);
        }
        if (store.postsSince(author, clock.instant().minus(Duration.ofMinutes(1))) >= perMinute) {
            throw new MessageException("message.error.too-fast", perMinute);
        }
        return body;
    }

    private static String authorKey(Caller caller, String guestOrder) {
        return caller.isSignedIn() ? "a:" + caller.accountId() : "o:" + guestOrder;
    }

    private static String subject(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private String groupName(long groupId) {
        return Caller.runAsSystem(() -> groups.find(new GroupId(groupId)).map(GroupSummary::name).orElse(""));
    }

    private ConversationSummary summary(InboxRow row) {
        ConversationRow c = row.conversation();
        return new ConversationSummary(c.id(), c.subject(), groupName(c.groupId()), c.orderNumber(), c.lastMessageAt(), row.unread(),
                c.reportedAt() != null);
    }

    private static AccessDeniedException refused(Caller caller, String what) {
        return new AccessDeniedException("Access denied to " + what + " for " + (caller.accountId() == null ? "anonymous" : "account " + caller.accountId()));
    }
}
