package id.go.bnn.pasarbersinar.catalog.internal;

import id.go.bnn.pasarbersinar.catalog.Listing;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingStatus;
import id.go.bnn.pasarbersinar.catalog.ProductId;
import id.go.bnn.pasarbersinar.catalog.internal.RevisionStore.Revision;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads listings for the portal and the review queue: rows with their revision's state, and one listing with its
 * revision and history. No access checks here: the services that call it check the caller first.
 */
@Repository
public class ListingQueries {

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final RevisionStore revisions;
    private final ListingEventStore events;
    private final ProducerGroups groups;

    ListingQueries(JdbcClient jdbc, RevisionStore revisions, ListingEventStore events, ProducerGroups groups) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.events = events;
        this.groups = groups;
    }

    /** The group's listings, newest change first, optionally of one status. */
    public List<ListingRow> ofGroup(long groupId, ListingStatus status) {
        List<Object> params = new ArrayList<>(List.of(groupId));
        String where = "p.group_id = ?";
        if (status != null) {
            where += " AND p.status = ?";
            params.add(status.name());
        }
        return rows(where, params, "p.updated_at DESC, p.id DESC");
    }

    /** Submitted listings and waiting revisions of these provinces (null: of all), oldest first. */
    public List<ListingRow> reviewQueue(Collection<String> provinces) {
        List<Object> params = new ArrayList<>();
        String scope = "";
        if (provinces != null) {
            scope = " AND p.province_code IN (" + String.join(",", java.util.Collections.nCopies(provinces.size(), "?")) + ")";
            params.addAll(provinces.stream().sorted().toList());
        }
        List<ListingRow> rows = new ArrayList<>(rows("p.status = 'SUBMITTED'" + scope, params, "p.submitted_at ASC"));
        rows.addAll(rows("p.status = 'APPROVED' AND p.id IN (SELECT r.product_id FROM product_revision r WHERE r.state = 'PENDING')" + scope,
                params, "p.id"));
        rows.sort(Comparator.comparing(ListingRow::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** The listing as its group and curators see it: live version, waiting revision, last review note, history. */
    public Listing listing(Product product) {
        ListingEdit live = new ListingEdit(new LocalizedText(product.getTitleId(), product.getTitleEn()),
                new LocalizedText(product.getDescriptionId(), product.getDescriptionEn()), product.getCategoryCode(), product.getPrice(),
                product.getWeightGrams(),
                product.getVariants().stream().map(v -> ListingEdit.Variant.shown(v.getSku(), v.getNameId(), v.getNameEn(), v.getPrice(), v.getStock())).toList(),
                product.getImages().stream().map(i -> new ListingEdit.Photo(i.getImageHash(), i.getAltId(), i.getAltEn())).toList());
        Revision revision = revisions.find(product.getId()).orElse(null);
        ListingEdit proposed = null;
        String note = product.getReviewNote();
        if (revision != null) {
            proposed = new ListingEdit(new LocalizedText(revision.titleId(), revision.titleEn()),
                    new LocalizedText(revision.descriptionId(), revision.descriptionEn()), revision.categoryCode(), revision.price(),
                    product.getWeightGrams(),
                    live.variants().stream().map(v -> revision.variantPrices().containsKey(v.sku())
                            ? ListingEdit.Variant.shown(v.sku(), v.nameId(), v.nameEn(), revision.variantPrices().get(v.sku()), v.stock())
                            : v).toList(),
                    revision.photos().stream().map(p -> new ListingEdit.Photo(p[0], p[1], p[2])).toList());
            if (revision.reviewNote() != null) {
                note = revision.reviewNote();
            }
        }
        String groupName = groups.find(new GroupId(product.getGroupId())).map(GroupSummary::name).orElse("");
        List<Listing.HistoryEntry> history = events.of(product.getId()).stream()
                .map(e -> new Listing.HistoryEntry(e.action(), e.actorRole(), e.actorEmail(), e.reason(), e.at())).toList();
        return new Listing(new ProductId(product.getId()), product.getGroupId(), groupName, product.getProvinceCode(), product.getSlug(),
                product.getStatus(), live, proposed, revision == null ? null : revision.state(), note,
                product.getPreparedByAccount() != null, revision != null ? revision.submittedAt() : product.getSubmittedAt(), history);
    }

    private List<ListingRow> rows(String where, List<Object> params, String order) {
        List<Object> all = new ArrayList<>(params);
        all.add(LIMIT);
        List<ListingRow> rows = jdbc.sql("SELECT p.id, p.group_id, p.province_code, p.title_id, p.title_en, p.status, p.review_note, p.cover_image, "
                        + "p.total_stock, p.price, p.prepared_by_account, p.submitted_at, p.updated_at FROM product p WHERE " + where
                        + " ORDER BY " + order + " LIMIT ?")
                .params(all)
                .query((rs, row) -> new ListingRow(new ProductId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)), ListingStatus.valueOf(rs.getString(6)), null, rs.getString(7),
                        rs.getString(8), rs.getInt(9), rs.getLong(10), rs.getObject(11) != null, instant(rs.getTimestamp(12)),
                        instant(rs.getTimestamp(13))))
                .list();
        Map<Long, String[]> states = revisions.states(rows.stream().map(row -> row.id().value()).toList());
        if (states.isEmpty()) {
            return rows;
        }
        List<ListingRow> withRevisions = new ArrayList<>();
        for (ListingRow row : rows) {
            String[] state = states.get(row.id().value());
            if (state == null) {
                withRevisions.add(row);
            } else {
                Instant revisionAt = revisions.find(row.id().value()).map(Revision::submittedAt).orElse(row.submittedAt());
                withRevisions.add(new ListingRow(row.id(), row.groupId(), row.provinceCode(), row.title(), row.status(), state[0],
                        state[1] != null ? state[1] : row.reviewNote(), row.coverImage(), row.totalStock(), row.price(),
                        row.preparedByOfficer(), revisionAt, row.updatedAt()));
            }
        }
        return withRevisions;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
