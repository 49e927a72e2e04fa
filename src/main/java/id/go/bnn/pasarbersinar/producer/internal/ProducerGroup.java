package id.go.bnn.pasarbersinar.producer.internal;

import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.Verification;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "producer_group")
public class ProducerGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String storyId;
    private String storyEn;
    private String programmeCode;
    private String provinceCode;
    private String regency;
    private String district;
    private String village;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private int membersCount;
    private Integer foundedYear;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private Instant verifiedAt;
    private Instant suspendedAt;

    @Enumerated(EnumType.STRING)
    private MemberDisplay memberDisplay = MemberDisplay.GROUP_NAME;

    @ElementCollection
    @CollectionTable(name = "producer_group_photo", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "image_hash")
    @OrderColumn(name = "position")
    private List<String> photos = new ArrayList<>();
    private boolean demo;
    private boolean impactConsent;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected ProducerGroup() {
    }

    public ProducerGroup(String slug, String name, String programmeCode, String provinceCode, String regency, boolean demo, Instant now) {
        this.slug = slug;
        this.name = name;
        this.programmeCode = programmeCode;
        this.provinceCode = provinceCode;
        this.regency = regency;
        this.demo = demo;
        this.verification = Verification.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String storyId, String storyEn, String district, String village, BigDecimal latitude, BigDecimal longitude,
            String contactName, String contactPhone, String contactEmail, int membersCount, Integer foundedYear) {
        this.storyId = storyId;
        this.storyEn = storyEn;
        this.district = district;
        this.village = village;
        this.latitude = latitude;
        this.longitude = longitude;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.membersCount = membersCount;
        this.foundedYear = foundedYear;
    }

    public void verify(Instant now) {
        this.verification = Verification.VERIFIED;
        this.verifiedAt = now;
        this.updatedAt = now;
    }

    /** Takes the group and its products out of the shop; nothing is deleted. */
    public void suspend(Instant now) {
        this.verification = Verification.SUSPENDED;
        this.suspendedAt = now;
        this.updatedAt = now;
    }

    /** Back to where it stood: verified if it ever was, else still waiting for verification. */
    public void liftSuspension(Instant now) {
        this.verification = verifiedAt != null ? Verification.VERIFIED : Verification.PENDING;
        this.suspendedAt = null;
        this.updatedAt = now;
    }

    /** What the group tells about itself on its public page and how its members appear there. */
    public void changeProfile(String storyId, String storyEn, String contactPhone, List<String> photoHashes, MemberDisplay display,
            Instant now) {
        this.storyId = storyId;
        this.storyEn = storyEn;
        this.contactPhone = contactPhone;
        this.photos.clear();
        this.photos.addAll(photoHashes);
        this.memberDisplay = display;
        this.updatedAt = now;
    }

    /** Whether the group agrees that what it earned through the shop is shown on its public page. */
    public boolean isImpactConsent() {
        return impactConsent;
    }

    public void consentToImpact(boolean consent, Instant now) {
        this.impactConsent = consent;
        this.updatedAt = now;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public MemberDisplay getMemberDisplay() {
        return memberDisplay;
    }

    public List<String> getPhotos() {
        return List.copyOf(photos);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getStoryId() {
        return storyId;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getRegency() {
        return regency;
    }

    public String getDistrict() {
        return district;
    }

    public String getVillage() {
        return village;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public int getMembersCount() {
        return membersCount;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public Verification getVerification() {
        return verification;
    }

    public boolean isDemo() {
        return demo;
    }
}
