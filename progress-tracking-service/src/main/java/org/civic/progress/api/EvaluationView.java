package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded 满意度测评 with each project's grade and the overall satisfaction rate. */
@Schema(
        description = "A 满意度测评: each project's tally and grade by the rule version in force, and the overall rate.",
        examples = Examples.EVALUATION)
public record EvaluationView(
        UUID id,
        UUID programmeId,
        LocalDate heldOn,
        @Schema(minimum = "1", examples = "50") int members,
        @Schema(minimum = "0", examples = "44") int present,
        RuleRef rule,

        @Schema(description = "Demo or illustrative figures that no congress voted.")
        boolean illustrative,

        @Schema(maxLength = 2000, nullable = true, examples = "区人大常委会第二十次会议")
        String note,

        @Schema(maxLength = 200, examples = "staff:admin") String createdBy,
        Instant createdAt,

        @Schema(
                description = "满意度: (满意 + 基本满意) ÷ the votes cast (弃权 left out) over every project, percent, two "
                        + "decimals; null when no vote was cast. 湖州 2025: 98.56.",
                nullable = true,
                examples = "98.56")
        BigDecimal satisfactionRate,

        @Schema(
                description = "Projects per grade.",
                examples = "{\"SATISFIED\": 9, \"BASICALLY_SATISFIED\": 1, \"NOT_SATISFIED\": 0}")
        Map<String, Integer> byGrade,

        List<Result> results) {

    @Schema(description = "The grading rule version an evaluation was graded by.")
    public record RuleRef(
            @Schema(maxLength = 40, examples = "zhenhai") String code,
            @Schema(minimum = "1", examples = "1") int version,

            @Schema(
                    maxLength = 2000,
                    examples = "镇海: 满意 when 满意 votes exceed half the members, 基本满意 when 满意 + "
                            + "基本满意 exceed half, else 不满意")
            String description) {}

    @Schema(description = "A project's tally and grade.")
    public record Result(
            UUID projectId,
            @Schema(maxLength = 64, examples = "JJ2022-07") String code,
            @Schema(maxLength = 500, examples = "长者食堂") String title,
            @Schema(minimum = "0", examples = "40") int satisfied,
            @Schema(minimum = "0", examples = "3") int basicallySatisfied,
            @Schema(minimum = "0", examples = "1") int dissatisfied,
            @Schema(minimum = "0", examples = "0") int abstained,

            @Schema(
                    description = "SATISFIED 满意, BASICALLY_SATISFIED 基本满意 or NOT_SATISFIED 不满意.",
                    enumeration = {"SATISFIED", "BASICALLY_SATISFIED", "NOT_SATISFIED"},
                    examples = "SATISFIED")
            String grade,

            @Schema(
                    description = "(满意 + 基本满意) ÷ votes cast, percent, two decimals.",
                    nullable = true,
                    examples = "97.73")
            BigDecimal satisfactionRate) {}
}
