package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LocalizedName(@NotBlank @Size(max = 100) String zh, @Size(max = 200) String en) {
}
