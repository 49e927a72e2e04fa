/**
 * Messages between a buyer and a producer group: a question about a product, and one conversation per order and group
 * that ships a parcel of it. Only the two sides read a conversation; the curator of the group's province reads it once
 * either side reports it or a dispute about the order is opened. Each new message is mailed to the other side as a
 * link, never its text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messages")
package id.go.bnn.pasarbersinar.message;
