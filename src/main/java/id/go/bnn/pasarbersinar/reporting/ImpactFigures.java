package id.go.bnn.pasarbersinar.reporting;

import id.go.bnn.pasarbersinar.shared.Money;
import java.util.List;

/**
 * The public impact of one calendar year (Asia/Jakarta), as {@link PublicImpact} defines its figures.
 *
 * @param paidToMakers what payouts paid to groups in the year
 * @param earnedThroughShop what all groups earned through the shop, all time (items − commission − item refunds, no
 *     shipping)
 * @param shippingToCouriers the shipping passed through to couriers, all time (shipping paid − shipping refunded)
 * @param groups groups reached in the year (at least one paid parcel)
 * @param provinces the provinces of those groups
 * @param byProvince those groups by province; only public (verified) groups are named, the others only counted
 */
public record ImpactFigures(int year, Money paidToMakers, Money earnedThroughShop, Money shippingToCouriers, int groups, int provinces,
        List<ProvinceGroups> byProvince) {

    public ImpactFigures {
        byProvince = List.copyOf(byProvince);
    }

    public boolean isEmpty() {
        return groups == 0 && paidToMakers.rupiah() == 0 && earnedThroughShop.rupiah() == 0;
    }

    /** A province reached and its groups; {@code unnamedGroups} are reached groups not public (any more). */
    public record ProvinceGroups(String provinceCode, String provinceName, List<ReachedGroup> groups, int unnamedGroups) {

        public ProvinceGroups {
            groups = List.copyOf(groups);
        }
    }

    /** A public group reached: its page, place, and what it earned if it agreed to show it (else null). */
    public record ReachedGroup(String slug, String name, String regency, Money earned) {

        public String url() {
            return "kelompok/" + slug;
        }
    }
}
