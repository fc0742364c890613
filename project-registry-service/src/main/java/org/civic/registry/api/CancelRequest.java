package org.civic.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CancelRequest(@NotBlank(message = "a cancellation needs a reason") @Size(max = 1000) String reason) {
}
