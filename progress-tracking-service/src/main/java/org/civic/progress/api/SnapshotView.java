package org.civic.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published snapshot: who published what as of when, the hash of its content, and the content. */
@Schema(
        description = "A published 公示 snapshot: the bulletin as it stood when published, never changed afterwards.",
        examples = Examples.SNAPSHOT)
public record SnapshotView(
        UUID id,
        UUID programmeId,
        LocalDate asOf,

        @Schema(maxLength = 2000, nullable = true, examples = "晋江市2022年为民办实事项目10月底进展公示")
        String note,

        @Schema(
                description = "SHA-256 (hex) of the bulletin's JSON as stored; also the snapshot's ETag.",
                maxLength = 64,
                examples = "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a")
        String contentHash,

        @Schema(maxLength = 200, examples = "staff:admin") String publishedBy,
        Instant publishedAt,
        ProgrammeBulletin bulletin) {}
