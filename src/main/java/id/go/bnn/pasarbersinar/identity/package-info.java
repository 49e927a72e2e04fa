/**
 * Accounts, roles, sign-in (with throttling and two-factor codes), registration, password reset, invitations and the
 * security audit log. Public face: {@link id.go.bnn.pasarbersinar.identity.Accounts},
 * {@link id.go.bnn.pasarbersinar.identity.Invitations}, {@link id.go.bnn.pasarbersinar.identity.TwoFactor},
 * {@link id.go.bnn.pasarbersinar.identity.SecurityLog} and their read models. Other modules check access with
 * {@link id.go.bnn.pasarbersinar.shared.Caller}, which this module puts into the security context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.go.bnn.pasarbersinar.identity;
