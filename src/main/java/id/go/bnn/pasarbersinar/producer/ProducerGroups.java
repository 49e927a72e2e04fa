package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.producer.internal.ConsentStore;
import id.go.bnn.pasarbersinar.producer.internal.ProducerGroup;
import id.go.bnn.pasarbersinar.producer.internal.ProducerGroupRepository;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.Slug;
import id.go.bnn.pasarbersinar.shared.StaffDecision;
import id.go.bnn.pasarbersinar.shared.StorefrontChanged;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final ConsentStore consents;

    ProducerGroups(ProducerGroupRepository groups, Regions regions, Clock clock, ApplicationEventPublisher events,
            ConsentStore consents) {
        this.groups = groups;
        this.regions = regions;
        this.clock = clock;
        this.events = events;
        this.consents = consents;
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
            throw new GroupProfileException("producer.error.province");
        }
        if (regions.programme(group.programmeCode()).isEmpty()) {
            throw new GroupProfileException("producer.error.programme");
        }
        ProducerGroup entity = new ProducerGroup(Slug.unique(group.name(), groups::existsBySlug).value(), group.name(), group.programmeCode(),
                group.provinceCode(), group.regency(), demo, clock.instant());
        entity.describe(group.story().id(), group.story().en(), group.district(), group.village(), group.latitude(),
                group.longitude(), group.contactName(), group.contactPhone(), group.contactEmail(), group.membersCount(),
                group.foundedYear());
        ProducerGroup saved = groups.save(entity);
        events.publishEvent(new GroupStandingChanged(new GroupId(saved.getId()), saved.getVerification()));
        events.publishEvent(StorefrontChanged.group(saved.getId()));
        if (!demo) {
            decided(saved, "GROUP_CREATED", null, state(saved));
        }
        return new GroupId(saved.getId());
    }

    /** Makes a group public. Curators of its province or administrators only. */
    @Transactional
    public void verify(GroupId id) {
        ProducerGroup group = groups.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No producer group " + id.value()));
        Caller.current().requireCurator(group.getProvinceCode(), "verifying producer group " + id.value());
        if (group.getVerification() == Verification.SUSPENDED) {
            throw new GroupProfileException("producer.error.suspended");
        }
        if (group.getVerification() == Verification.VERIFIED) {
            return;
        }
        String before = state(group);
        group.verify(clock.instant());
        events.publishEvent(new GroupStandingChanged(id, group.getVerification()));
        events.publishEvent(StorefrontChanged.group(id.value()));
        if (!group.isDemo()) {
            decided(group, "GROUP_VERIFIED", before, state(group));
        }
    }

    /** The groups a member of staff answers for: a curator's provinces, every group for an administrator; by name. */
    public List<GroupSummary> listForStaff() {
        Caller caller = Caller.current();
        caller.require(caller.isAdmin() || caller.has(Caller.Role.CURATOR), "listing producer groups");
        List<ProducerGroup> found = caller.isAdmin() ? groups.findAllByOrderByName()
                : caller.provinces().isEmpty() ? List.of() : groups.findByProvinceCodeInOrderByName(caller.provinces());
        return found.stream().map(this::summary).toList();
    }

    /**
     * Takes a group out of the shop at once: the storefront and search show only products of verified groups, so its
     * products disappear with it; nothing is deleted. Curators of its province or administrators only.
     */
    @Transactional
    public void suspend(GroupId id, String reason) {
        ProducerGroup group = load(id);
        Caller.current().requireCurator(group.getProvinceCode(), "suspending producer group " + id.value());
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new GroupProfileException("producer.error.reason");
        }
        if (group.getVerification() == Verification.SUSPENDED) {
            throw new GroupProfileException("producer.error.already-suspended");
        }
        String before = state(group);
        group.suspend(clock.instant());
        decided(group, "GROUP_SUSPENDED", before, state(group) + "; reason: " + reason.strip());
        events.publishEvent(new GroupStandingChanged(id, group.getVerification()));
        events.publishEvent(StorefrontChanged.group(id.value()));
    }

    /** Ends a suspension: the group and its approved products are back in the shop (if it was verified). */
    @Transactional
    public void liftSuspension(GroupId id) {
        ProducerGroup group = load(id);
        Caller.current().requireCurator(group.getProvinceCode(), "lifting the suspension of producer group " + id.value());
        if (group.getVerification() != Verification.SUSPENDED) {
            throw new GroupProfileException("producer.error.not-suspended");
        }
        String before = state(group);
        group.liftSuspension(clock.instant());
        decided(group, "GROUP_SUSPENSION_LIFTED", before, state(group));
        events.publishEvent(new GroupStandingChanged(id, group.getVerification()));
        events.publishEvent(StorefrontChanged.group(id.value()));
    }

    /** The group's profile for its members (acting for it) and staff of its province. */
    public GroupProfile profile(GroupId id) {
        ProducerGroup group = load(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(id.value()) || caller.curates(group.getProvinceCode()), "profile of producer group " + id.value());
        return profile(group, group.getContactPhone());
    }

    /** What anybody may see of a public group's profile: story, photos and member display, never its phone. */
    public Optional<GroupProfile> publicProfile(GroupId id) {
        return groups.findById(id.value()).filter(group -> group.getVerification() == Verification.VERIFIED)
                .map(group -> profile(group, null));
    }

    /**
     * Changes the story, photos, contact phone ({@code +62…}, or none) and member display: a member acting for the
     * group or staff of its province. A change by staff goes to the audit log.
     */
    @Transactional
    public void updateProfile(GroupId id, LocalizedText story, String contactPhone, List<String> photoHashes, MemberDisplay display) {
        ProducerGroup group = load(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(id.value()) || caller.curates(group.getProvinceCode()), "changing the profile of group " + id.value());
        String storyId = story == null || story.id() == null ? "" : story.id().strip();
        String storyEn = story == null || story.en() == null || story.en().isBlank() ? null : story.en().strip();
        if (storyId.isEmpty()) {
            throw new GroupProfileException("producer.error.story-required");
        }
        if (storyId.length() > GroupProfile.MAX_STORY || (storyEn != null && storyEn.length() > GroupProfile.MAX_STORY)) {
            throw new GroupProfileException("producer.error.story-too-long");
        }
        String phone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new GroupProfileException("producer.error.phone");
        }
        List<String> photos = photoHashes == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(photoHashes));
        if (photos.size() > GroupProfile.MAX_PHOTOS) {
            throw new GroupProfileException("producer.error.too-many-photos");
        }
        if (photos.stream().anyMatch(hash -> hash == null || !HASH.matcher(hash).matches())) {
            throw new GroupProfileException("producer.error.photo");
        }
        if (display == null) {
            throw new GroupProfileException("producer.error.member-display");
        }
        String before = profileState(group);
        group.changeProfile(storyId, storyEn, phone, photos, display, clock.instant());
        events.publishEvent(StorefrontChanged.group(id.value()));
        if (!caller.actsFor(id.value())) {
            decided(group, "GROUP_PROFILE_CHANGED", before, profileState(group));
        }
    }

    /**
     * Whether the group agrees that what it earned through the shop is shown on its public page (off until a member
     * switches it on): members acting for the group and staff of its province may read it.
     */
    public boolean impactConsent(GroupId id) {
        ProducerGroup group = load(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(id.value()) || caller.curates(group.getProvinceCode()), "impact consent of group " + id.value());
        return group.isImpactConsent();
    }

    /**
     * The group's own decision, so only a member acting for it may switch it (staff may not decide for the group).
     * Every switch is kept in {@code producer_group_consent} with who and when.
     */
    @Transactional
    public void setImpactConsent(GroupId id, boolean consent) {
        ProducerGroup group = load(id);
        Caller caller = Caller.current();
        caller.require(caller.actsFor(id.value()), "impact consent of group " + id.value());
        if (group.isImpactConsent() == consent) {
            return;
        }
        group.consentToImpact(consent, clock.instant());
        events.publishEvent(StorefrontChanged.group(id.value()));
        consents.recordImpactConsent(id.value(), consent, caller.accountId(), clock.instant());
    }

    private static final Pattern PHONE = Pattern.compile("\\+62[1-9]\\d{7,12}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private ProducerGroup load(GroupId id) {
        return groups.findById(id.value()).orElseThrow(() -> new GroupProfileException("producer.error.no-group"));
    }

    private GroupProfile profile(ProducerGroup group, String phone) {
        return new GroupProfile(new GroupId(group.getId()), new LocalizedText(group.getStoryId(), group.getStoryEn()), phone,
                group.getPhotos(), group.getMemberDisplay());
    }

    private static String state(ProducerGroup group) {
        return "name: " + group.getName() + "; verification: " + group.getVerification() + "; province: " + group.getProvinceCode()
                + "; programme: " + group.getProgrammeCode();
    }

    private static String profileState(ProducerGroup group) {
        return "story (id): " + group.getStoryId() + "; story (en): " + group.getStoryEn() + "; phone: " + group.getContactPhone()
                + "; photos: " + group.getPhotos().size() + "; members shown as: " + group.getMemberDisplay();
    }

    private void decided(ProducerGroup group, String action, String before, String after) {
        Caller caller = Caller.current();
        events.publishEvent(new StaffDecision(caller.accountId(), caller.getName(), group.getProvinceCode(), "GROUP",
                String.valueOf(group.getId()), action, before, after, clock.instant()));
    }

    private GroupSummary summary(ProducerGroup group) {
        return new GroupSummary(new GroupId(group.getId()), group.getSlug(), group.getName(),
                new LocalizedText(group.getStoryId(), group.getStoryEn()), group.getProgrammeCode(),
                group.getProvinceCode(), regions.provinceName(group.getProvinceCode()), group.getRegency(),
                group.getDistrict(), group.getVillage(), group.getMembersCount(), group.getVerification(), group.isDemo());
    }
}
