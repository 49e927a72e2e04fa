/**
 * Accounts, roles, sign-in, registration and password reset.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.go.bnn.pasarbersinar.identity;
