/**
 * Cart, checkout, orders and their per-group fulfilments, shipping rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order")
package id.go.bnn.pasarbersinar.order;
