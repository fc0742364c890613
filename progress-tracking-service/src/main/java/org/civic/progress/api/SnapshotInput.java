package org.civic.progress.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Publish a programme's bulletin as of a date as an immutable 公示 snapshot.")
public record SnapshotInput(
        @Schema(description = "The day the figures speak for; not in the future.", examples = "2022-10-31") @NotNull
        LocalDate asOf,

        @Schema(maxLength = 2000, nullable = true, examples = "晋江市2022年为民办实事项目10月底进展公示") @Size(max = 2000)
        String note) {}
