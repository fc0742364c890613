package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text in Chinese and English. */
public record LocalizedText(@NotBlank @Size(max = 500) String zh, @Size(max = 500) String en) {
}
