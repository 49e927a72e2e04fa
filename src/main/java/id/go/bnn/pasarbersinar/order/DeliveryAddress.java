package id.go.bnn.pasarbersinar.order;

/**
 * Where an order taken on a buyer's behalf goes. In Indonesia ({@code countryCode} "ID") as at checkout: province,
 * regency and district codes from {@link Places}' lists, a five-digit postal code and the street. Abroad: a country of
 * {@link Countries}, free address lines ({@code street}, several lines allowed), the postal code as the country writes
 * it (may be empty where there is none) and the city.
 */
public record DeliveryAddress(String countryCode, String provinceCode, String regencyCode, String districtCode, String postalCode,
        String street, String city) {

    public static DeliveryAddress indonesia(String provinceCode, String regencyCode, String districtCode, String postalCode, String street) {
        return new DeliveryAddress(Countries.INDONESIA, provinceCode, regencyCode, districtCode, postalCode, street, null);
    }

    public static DeliveryAddress abroad(String countryCode, String lines, String postalCode, String city) {
        return new DeliveryAddress(countryCode, null, null, null, postalCode, lines, city);
    }

    public boolean inIndonesia() {
        return Countries.INDONESIA.equals(countryCode);
    }
}
