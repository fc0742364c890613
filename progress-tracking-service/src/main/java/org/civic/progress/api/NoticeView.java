package org.civic.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.progress.entity.SupervisionNotice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 督办 notice as it stands; {@code overdue} is as of today. */
@Schema(
        description = "A 督办 notice: to whom, why, by when, the department's reply and the issuer's decision.",
        examples = Examples.NOTICE)
public record NoticeView(
        UUID id,
        UUID projectId,
        UUID programmeId,

        @Schema(description = "The lead department the notice is addressed to.")
        UUID departmentId,

        @Schema(description = "AUTOMATIC (the project turned delayed or reached the worst light) or MANUAL.")
        SupervisionNotice.Origin origin,

        @Schema(maxLength = 2000, examples = "进度滞后于序时进度，列入挂牌督办")
        String reason,

        SupervisionNotice.State state,

        @Schema(maxLength = 200, examples = "staff:reviewer-1")
        String issuedBy,

        LocalDate issuedOn,
        LocalDate dueDate,

        @Schema(description = "Waiting for the department's reply (OPEN) past its due date, as of today.")
        boolean overdue,

        @Schema(maxLength = 4000, nullable = true, examples = "增派施工班组，实行倒排工期，11月底前完成主体")
        String measures,

        @Schema(examples = "[\"https://www.huichang.gov.cn/\"]")
        List<String> evidenceLinks,

        @Schema(maxLength = 200, nullable = true, examples = "staff:editor-1")
        String repliedBy,

        @Schema(nullable = true) Instant repliedAt,

        @Schema(maxLength = 2000, nullable = true, examples = "整改措施落实到位，予以销号")
        String decisionComment,

        @Schema(maxLength = 200, nullable = true, examples = "staff:reviewer-1")
        String decidedBy,

        @Schema(nullable = true) LocalDate closedOn,

        @Schema(description = "How often the due date was extended.", minimum = "0")
        int extensions) {}
