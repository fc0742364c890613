package org.civic.benefits.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Chinese and English. */
public record LocalizedText(
        @Schema(examples = "泉州市无偿献血及造血干细胞捐献者优待措施") @NotBlank @Size(max = 500)
        String zh,

        @Schema(examples = "Quanzhou privileges for voluntary blood and haematopoietic stem cell donors")
        @Size(max = 500)
        String en) {}
