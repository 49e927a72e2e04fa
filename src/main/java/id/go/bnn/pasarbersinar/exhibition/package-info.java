/**
 * Exhibitions (pameran): events where producer groups sell face to face at booths, the people who sell at each booth,
 * and the stock a group moved from online sale to the event (given back when the event ends). Public face:
 * {@link id.go.bnn.pasarbersinar.exhibition.Exhibitions} (events, booths, sellers), {@link
 * id.go.bnn.pasarbersinar.exhibition.ExhibitionStock} (moving stock) and their read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exhibition")
package id.go.bnn.pasarbersinar.exhibition;
