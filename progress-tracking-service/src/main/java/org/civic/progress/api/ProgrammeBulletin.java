package org.civic.progress.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The monthly 督查 bulletin of a programme as of a date: 完成率 and 开工率 for the programme, each lead department and
 * each district, and every project's 序时进度 gap with its light.
 */
@Schema(
        description = "The monthly 督查 bulletin: completion (完成率) and start (开工率) rates of the programme, per lead "
                + "department and per district, and each project's 序时进度 gap with its light on the configured scale.")
public record ProgrammeBulletin(
        UUID programmeId,

        @Schema(maxLength = 500, examples = "会昌县2023年为民办实事项目")
        String title,

        LocalDate asOf,

        @Schema(
                description = "The light scale the lights were read on (progress.bulletin.scale).",
                maxLength = 200,
                examples = "GREEN,YELLOW>=10,RED>30")
        String scale,

        Rates programme,
        List<Rates> byDepartment,
        List<Rates> byDistrict,
        List<Row> projects,
        Labels labels) {

    /** The rates of a group; 完成 counts in 完成率, 基本完成 does not. */
    @Schema(description = "A group's rates: completed ÷ projects and started ÷ projects, in percent.")
    public record Rates(
            @Schema(
                    description = "programme for the whole; else the department's id or the district's region code "
                            + "((none) for projects without a district).",
                    maxLength = 64,
                    examples = "360733")
            String key,

            @Schema(description = "The group's name; null when it could not be read.", nullable = true)
            Label name,

            @Schema(minimum = "0", examples = "65") int projects,

            @Schema(description = "Projects 完成 (labels.completionClasses).", minimum = "0", examples = "26")
            int completed,

            @Schema(description = "Projects 基本完成.", minimum = "0", examples = "0")
            int basicallyCompleted,

            @Schema(description = "Projects started (开工) or beyond.", minimum = "0", examples = "65")
            int started,

            @Schema(
                    description = "完成率: completed ÷ projects in percent, one decimal; null without projects.",
                    nullable = true,
                    examples = "40.0")
            BigDecimal completionRate,

            @Schema(
                    description = "开工率: started ÷ projects in percent, one decimal; null without projects.",
                    nullable = true,
                    examples = "100.0")
            BigDecimal startRate,

            @Schema(
                    description = "Projects per light, every colour of the scale present.",
                    examples = "{\"GREEN\": 60, \"YELLOW\": 4, \"RED\": 1}")
            Map<String, Integer> byLight) {}

    /** One project's line of the bulletin. */
    @Schema(
            description = "A project's line: its class, completion, the elapsed share of its planned time, the gap and "
                    + "its light.")
    public record Row(
            UUID projectId,
            @Schema(maxLength = 64, examples = "HC2023-07") String code,
            @Schema(maxLength = 500, examples = "城区老旧小区改造") String title,
            UUID leadDepartmentId,

            @Schema(maxLength = 200, examples = "会昌县住房和城乡建设局", nullable = true)
            String leadDepartment,

            @Schema(description = "The region codes of its districts.", examples = "[\"360733\"]")
            List<String> districtCodes,

            @Schema(description = "Its phase code (labels.phases).", maxLength = 64, examples = "STARTED")
            String phase,

            ProjectStatus.CompletionClass completionClass,

            @Schema(description = "0–100.", examples = "52") BigDecimal completionPercent,

            @Schema(
                    description = "Elapsed share of the planned time, 0–100; null without planned dates.",
                    nullable = true,
                    examples = "83.3")
            BigDecimal elapsedPercent,

            @Schema(
                    description = "elapsedPercent − completionPercent in points; negative is ahead of time.",
                    nullable = true,
                    examples = "31.3")
            BigDecimal scheduleGapPoints,

            @Schema(description = "The gap's colour on the scale.", maxLength = 20, nullable = true, examples = "RED")
            String light,

            ProjectStatus.Health health) {}
}
