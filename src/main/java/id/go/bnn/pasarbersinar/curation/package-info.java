/**
 * Curation by BNN staff: onboarding and suspending producer groups and their members ({@code /staf/kelompok}), the
 * group's own profile page ({@code /mitra/profil}), the home page's collections ({@code /staf/koleksi}) and the audit
 * log of staff decisions ({@code /staf/audit}). Public face: {@link id.go.bnn.pasarbersinar.curation.AuditLog} and
 * {@link id.go.bnn.pasarbersinar.curation.AuditEntry}; it records {@link id.go.bnn.pasarbersinar.shared.StaffDecision}
 * events from every module. Collections themselves live in the catalog, groups in producer, members in identity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curation")
package id.go.bnn.pasarbersinar.curation;
