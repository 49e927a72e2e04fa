package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.producer.internal.ProducerGroup;
import id.go.bnn.pasarbersinar.producer.internal.ProducerGroupRepository;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Slug;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The producer module's public face: find, list and register producer groups. */
@Service
@Validated
@Transactional(readOnly = true)
public class ProducerGroups {

    private final ProducerGroupRepository groups;
    private final Regions regions;
    private final Clock clock;

    ProducerGroups(ProducerGroupRepository groups, Regions regions, Clock clock) {
        this.groups = groups;
        this.regions = regions;
        this.clock = clock;
    }

    /** A group the public may see (verified), by its slug. */
    public Optional<GroupSummary> findPublic(String slug) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        return groups.findBySlug(slug).map(this::summary).filter(GroupSummary::isPublic);
    }

    /** A group the caller may see: verified (public), or its own group, or one of the provinces it curates. */
    public Optional<GroupSummary> find(GroupId id) {
        return groups.findById(id.value()).map(this::summary).filter(ProducerGroups::visibleToCaller);
    }

    /** The groups among these that the caller may see (as {@link #find}); the others are left out. */
    public Map<GroupId, GroupSummary> findAll(Collection<GroupId> ids) {
        return groups.findAllById(ids.stream().map(GroupId::value).toList()).stream()
                .map(this::summary)
                .filter(ProducerGroups::visibleToCaller)
                .collect(Collectors.toMap(GroupSummary::id, Function.identity()));
    }

    private static boolean visibleToCaller(GroupSummary group) {
        Caller caller = Caller.current();
        return group.isPublic() || caller.curates(group.provinceCode()) || caller.groups().contains(group.id().value());
    }

    /** Every verified group, by name. */
    public List<GroupSummary> listPublic() {
        return groups.findByVerificationOrderByName(Verification.VERIFIED).stream().map(this::summary).toList();
    }

    public long count() {
        return groups.count();
    }

    /** Whether the groups in the database are demo data (which the shop then says on every page). */
    public boolean hasDemoData() {
        return groups.existsByDemoTrue();
    }

    /** Registers a group as PENDING; it shows in the shop once verified. Curators of its province or administrators only. */
    @Transactional
    public GroupId register(@Valid NewGroup group, boolean demo) {
        Caller.current().requireCurator(group.provinceCode(), "registering a producer group");
        if (regions.province(group.provinceCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown province code: " + group.provinceCode());
        }
        if (regions.programme(group.programmeCode()).isEmpty()) {
            throw new IllegalArgumentException("Unknown programme: " + group.programmeCode());
        }
        ProducerGroup entity = new ProducerGroup(Slug.unique(group.name(), groups::existsBySlug).value(), group.name(), group.programmeCode(),
                group.provinceCode(), group.regency(), demo, clock.instant());
        entity.describe(group.story().id(), group.story().en(), group.district(), group.village(), group.latitude(),
                group.longitude(), group.contactName(), group.contactPhone(), group.contactEmail(), group.membersCount(),
                group.foundedYear());
        return new GroupId(groups.save(entity).getId());
    }

    /** Makes a group public. Curators of its province or administrators only. */
    @Transactional
    public void verify(GroupId id) {
        ProducerGroup group = groups.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No producer group " + id.value()));
        Caller.current().requireCurator(group.getProvinceCode(), "verifying producer group " + id.value());
        group.verify(clock.instant());
    }

    private GroupSummary summary(ProducerGroup group) {
        return new GroupSummary(new GroupId(group.getId()), group.getSlug(), group.getName(),
                new LocalizedText(group.getStoryId(), group.getStoryEn()), group.getProgrammeCode(),
                group.getProvinceCode(), regions.provinceName(group.getProvinceCode()), group.getRegency(),
                group.getDistrict(), group.getVillage(), group.getMembersCount(), group.getVerification(), group.isDemo());
    }
}
