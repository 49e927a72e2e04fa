/**
 * Producer groups (kelompok), their programme and region, and the reference data of regions and programmes.
 * Public face: {@link id.go.bnn.pasarbersinar.producer.ProducerGroups}, {@link id.go.bnn.pasarbersinar.producer.Regions}
 * and their read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Producer groups")
package id.go.bnn.pasarbersinar.producer;
