package id.go.bnn.pasarbersinar.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A delivery address a buyer keeps for checkout; {@code id} is null until saved. */
public record SavedAddress(
        Long id,
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 120) String recipient,
        @NotBlank @Pattern(regexp = PhoneNumbers.PATTERN) String phone,
        @NotBlank @Size(max = 255) String street,
        @Size(max = 120) String district,
        @NotBlank @Size(max = 120) String city,
        @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
        @NotBlank @Pattern(regexp = "\\d{5}") String postalCode) {
}
