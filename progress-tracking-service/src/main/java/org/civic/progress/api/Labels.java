package org.civic.progress.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civic.progress.entity.Ladder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a chart writes next to the codes of the figures: every phase, health and reason code with its Chinese and
 * English label, so that a legend needs no table of its own.
 */
@Schema(description = "Labels (zh, en) for every code the figures use: phases, health and the reasons for it.")
public record Labels(
        @Schema(description = "Phase codes: NOT_STARTED, then the milestone ladder from APPROVED to IN_OPERATION.")
        Map<String, Label> phases,

        @Schema(description = "Health codes: ON_TRACK, AT_RISK, DELAYED.")
        Map<String, Label> health,

        @Schema(description = "Reason codes of AT_RISK and DELAYED.")
        Map<String, Label> reasons,

        @Schema(description = "Completion classes: COMPLETED 完成, BASICALLY_COMPLETED 基本完成, NOT_COMPLETED 未完成.")
        Map<String, Label> completionClasses) {

    public static final Labels STANDARD = new Labels(
            ladder(),
            ordered(
                    ProjectStatus.Health.ON_TRACK.name(), new Label("正常推进", "On track"),
                    ProjectStatus.Health.AT_RISK.name(), new Label("存在风险", "At risk"),
                    ProjectStatus.Health.DELAYED.name(), new Label("滞后", "Delayed")),
            ordered(
                    ProjectStatus.MILESTONE_MISSED, new Label("节点逾期未达成", "Milestone missed"),
                    ProjectStatus.OVERDUE, new Label("超过计划完成日期", "Past its planned end"),
                    ProjectStatus.BEHIND_SCHEDULE, new Label("进度落后于时序", "Behind schedule"),
                    ProjectStatus.NO_RECENT_REPORT, new Label("近期未报送进度", "No recent report")),
            completionClassLabels());

    private static Map<String, Label> completionClassLabels() {
        Map<String, Label> classes = new LinkedHashMap<>();
        Arrays.stream(ProjectStatus.CompletionClass.values())
                .forEach(c -> classes.put(c.name(), new Label(c.nameZh, c.nameEn)));
        return classes;
    }

    private static Map<String, Label> ladder() {
        Map<String, Label> phases = new LinkedHashMap<>();
        phases.put(ProjectStatus.NOT_STARTED, new Label("未开工", "Not started"));
        Arrays.stream(Ladder.values()).forEach(rung -> phases.put(rung.name(), new Label(rung.nameZh, rung.nameEn)));
        return phases;
    }

    /** In the order given, so that the JSON (and the gateway's ETag over it) is the same on every run. */
    private static Map<String, Label> ordered(Object... codesAndLabels) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put((String) codesAndLabels[i], (Label) codesAndLabels[i + 1]);
        }
        return labels;
    }
}
