package org.civic.progress.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReturnRequest(@NotBlank(message = "a returned report needs a comment") @Size(max = 2000) String comment) {
}
