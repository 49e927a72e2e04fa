package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.exhibition.ExhibitionId;
import id.go.bnn.pasarbersinar.exhibition.ExhibitionPlan;
import id.go.bnn.pasarbersinar.exhibition.Exhibitions;
import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import id.go.bnn.pasarbersinar.shared.Slug;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo exhibition: BNN's booths of craft from the neighbourhoods it works in at the Hari Anti Narkotika
 * Internasional in Jakarta (the HANI 2019 article names Pandegiling, Olo, Parupuk Tabing, Polonia and Kampung Ambon),
 * open from the day the demo is set up for three days, with the groups' demo members selling at their booths (on the
 * embedded database, where demo accounts exist). No stock is moved: a group does that on /mitra/pameran.
 */
@Component
class DemoExhibition {

    static final String NAME = "Pameran Produk Warga Binaan - HANI (demo)";
    /** The groups with a booth, by their key in {@link DemoGroups}, with a booth number each. */
    private static final Map<String, String> BOOTHS = Map.of("kampung-ambon", "A1", "pandegiling", "A2", "olo", "A3", "polonia", "A4");

    private final Exhibitions exhibitions;
    private final ProducerGroups groups;
    private final Accounts accounts;
    private final Clock clock;

    DemoExhibition(Exhibitions exhibitions, ProducerGroups groups, Accounts accounts, Clock clock) {
        this.exhibitions = exhibitions;
        this.groups = groups;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates and opens the demo exhibition unless it is there (the caller runs this as the shop itself). */
    void ensure() {
        if (exhibitions.listForStaff().stream().anyMatch(event -> event.name().equals(NAME))) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ShopTime.ZONE));
        ExhibitionId id = exhibitions.create(new ExhibitionPlan(NAME, "Jakarta", "31", today, today.plusDays(2), 0));
        Map<String, GroupSummary> bySlug = groups.listPublic().stream().filter(GroupSummary::demo)
                .collect(Collectors.toMap(GroupSummary::slug, Function.identity()));
        for (String key : BOOTHS.keySet().stream().sorted().toList()) {
            GroupSummary group = bySlug.get(Slug.from(DemoGroups.all().get(key).name()).value());
            if (group == null) {
                continue;
            }
            exhibitions.addBooth(id, group.id(), BOOTHS.get(key));
            String member = "anggota." + key + DemoAccounts.DOMAIN;
            if (accounts.exists(member)) {
                exhibitions.addSeller(id, group.id(), member);
            }
        }
        exhibitions.open(id);
    }
}
