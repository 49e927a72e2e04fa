/**
 * Curation by BNN staff: the review queue, featuring products in the catalog's collections, onboarding groups
 * and the audit log of staff decisions. Arrives with its issue; collections themselves live in the catalog.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curation")
package id.go.bnn.pasarbersinar.curation;
