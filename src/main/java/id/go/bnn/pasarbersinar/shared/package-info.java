/**
 * Tiny value types used by every module: {@link id.go.bnn.pasarbersinar.shared.Money} as whole rupiah,
 * {@link id.go.bnn.pasarbersinar.shared.Slug}, {@link id.go.bnn.pasarbersinar.shared.LocalizedText}.
 * {@link id.go.bnn.pasarbersinar.shared.Caller} is who calls a service, read from Spring Security's context;
 * {@link id.go.bnn.pasarbersinar.shared.ShopAddress} the shop's public address, built once from its setting;
 * {@link id.go.bnn.pasarbersinar.shared.StartUpLock} the lock row that start-up work taking place once across nodes holds.
 * No services live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.go.bnn.pasarbersinar.shared;
