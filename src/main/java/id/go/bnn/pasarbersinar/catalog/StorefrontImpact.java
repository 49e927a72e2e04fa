package id.go.bnn.pasarbersinar.catalog;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Money;
import java.util.Optional;

/**
 * What the storefront may say about the shop's impact: a headline for the home page and, for a group that agreed,
 * what it earned through the shop. An extension point: the reporting module (which depends on the catalog) implements
 * it; the storefront looks it up optionally and shows nothing without it, so the catalog never depends on reporting.
 */
public interface StorefrontImpact {

    /** The headline of this year (Asia/Jakarta), or empty when there is nothing to tell yet. */
    Optional<Headline> headline();

    /** What the group earned through the shop, all time; empty unless the group agreed to show it and earned anything. */
    Optional<Money> earnedByGroup(GroupId group);

    /** Paid to makers in the year, groups and provinces reached in the year. */
    record Headline(int year, Money paidToMakers, int groups, int provinces) {
    }
}
