package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The policy a programme rests on: its title and where it was published. */
public record LegalBasis(
        @Schema(examples = "《泉州市无偿献血及造血干细胞捐献者优待措施》(市卫健委联合市财政局等13个部门制定下发)") @NotBlank @Size(max = 500)
        String title,

        @Schema(description = "Where it was published", examples = "泉州晚报社东南早报《优待献血者 让温暖循环——泉州发布多条无偿献血优待措施》")
        @Size(max = 1000)
        String source) {}
