package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What it takes to register a producer group. */
public record NewGroup(
        @NotBlank @Size(max = 160) String name,
        @NotNull LocalizedText story,
        @NotBlank String programmeCode,
        @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
        @NotBlank @Size(max = 120) String regency,
        @Size(max = 120) String district,
        @Size(max = 120) String village,
        BigDecimal latitude,
        BigDecimal longitude,
        @Size(max = 120) String contactName,
        @Pattern(regexp = "\\+62\\d{8,13}") String contactPhone,
        @Email @Size(max = 254) String contactEmail,
        @PositiveOrZero int membersCount,
        @Min(1950) @Max(2100) Integer foundedYear) {
}
