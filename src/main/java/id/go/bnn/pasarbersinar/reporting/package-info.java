/**
 * Impact dashboards and exports for curators and administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package id.go.bnn.pasarbersinar.reporting;
