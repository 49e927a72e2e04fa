package id.go.bnn.pasarbersinar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which module owns each table the migrations create: the one that writes it and whose SQL alone may name it.
 * {@link SqlBoundaryTest} fails on a created table missing here and on SQL that names another module's table.
 */
final class SqlTableOwners {

    /** Tables of the libraries the application configures (Spring Modulith's publication registry, ShedLock, Hibernate Search's outbox). */
    static final String FRAMEWORK = "framework";

    private static final Map<String, List<String>> TABLES_BY_MODULE = new LinkedHashMap<>();

    static {
        TABLES_BY_MODULE.put("identity", List.of("account", "account_role", "curator_province", "group_membership", "saved_address",
                "account_token", "login_attempt", "security_event", "login_guard", "known_device"));
        TABLES_BY_MODULE.put("producer", List.of("producer_group", "producer_group_photo", "producer_group_consent", "province",
                "programme"));
        TABLES_BY_MODULE.put("catalog", List.of("category", "product", "product_variant", "product_image", "product_revision",
                "listing_event", "stored_image", "stored_image_rendition", "curated_collection", "curated_collection_item",
                "catalog_group"));
        TABLES_BY_MODULE.put("curation", List.of("staff_decision"));
        TABLES_BY_MODULE.put("order", List.of("cart_item", "customer_order", "fulfilment", "order_line", "order_refund",
                "order_refund_line", "shipping_rate", "order_secret", "order_return", "order_return_line",
                "order_return_photo", "guest_cart", "guest_cart_item"));
        TABLES_BY_MODULE.put("payment", List.of("payment", "payment_session", "payment_refund", "payment_webhook_event",
                "payment_midtrans_notification", "payment_late", "payment_owed_refund"));
        TABLES_BY_MODULE.put("payout", List.of("ledger_transaction", "ledger_entry", "payout_fulfilment", "payout_order_line",
                "commission_rate", "payout_destination", "payout_run", "payout", "payout_proof", "payout_iris_notification"));
        TABLES_BY_MODULE.put("message", List.of("message_conversation", "message_post", "message_photo"));
        TABLES_BY_MODULE.put("reporting", List.of("report_month_group", "report_month_shared_order", "report_month_done"));
        TABLES_BY_MODULE.put("shell", List.of("page_cache_change"));
        TABLES_BY_MODULE.put("review", List.of("review", "review_photo"));
        TABLES_BY_MODULE.put("exhibition", List.of("exhibition", "exhibition_booth", "exhibition_seller", "exhibition_stock",
                "exhibition_stock_move", "booth_sale", "booth_sale_line", "booth_day_close", "booth_order", "booth_qris_charge",
                "booth_receipt_mail"));
        TABLES_BY_MODULE.put(FRAMEWORK, List.of("event_publication", "shedlock", "hsearch_outbox_event", "hsearch_agent"));
    }

    private SqlTableOwners() {
    }

    static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        TABLES_BY_MODULE.values().forEach(tables::addAll);
        return tables;
    }

    /** The owning module; throws for a table nobody owns (which the map test reports first). */
    static String ownerOf(String table) {
        return TABLES_BY_MODULE.entrySet().stream().filter(entry -> entry.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("No module owns table " + table));
    }

    /** Tables listed under more than one module. */
    static Set<String> ownedTwice() {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        TABLES_BY_MODULE.values().forEach(tables -> tables.forEach(table -> {
            if (!seen.add(table)) {
                twice.add(table);
            }
        }));
        return twice;
    }

    static Set<String> unowned(Set<String> created) {
        Set<String> unowned = new TreeSet<>(created);
        unowned.removeAll(tables());
        return unowned;
    }
}
