package org.civic.progress.api;

import org.civic.common.openapi.SharedExamples;

/**
 * Example values of the API documentation, from the demo data (demo/, from the seed articles): 晋江 2022's 医码通
 * project (JJ2022-01) for milestones, 晋江 2022 as of 2022-10-31 (6 completed, 2 basically completed, the rest on
 * schedule) for the summary, 新乡 2024's parking spaces (XX2024-08, 4,734 of 3,000 = 157.8 %) for reports and status.
 * Ids are generated when the demo loads, so these are fixed stand-ins; lists are shortened.
 */
public final class Examples {

    public static final String PROJECT_ID = "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09";
    public static final String PROGRAMME_ID = "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f";
    public static final String MILESTONE_ID = "e4a1c7d2-6b3f-4a9e-8c5d-2f1b0a9e8d7c";
    public static final String REPORT_ID = "5b7e2c1a-93d4-4f6e-8a0b-1c2d3e4f5a6b";

    public static final String CHANGES = """
            {
              "items": [
                {
                  "cursor": "1042",
                  "type": "milestone.met",
                  "entityId": "e4a1c7d2-6b3f-4a9e-8c5d-2f1b0a9e8d7c",
                  "version": 2,
                  "time": "2022-10-31T09:12:00Z",
                  "programmeId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                  "data": {
                    "id": "e4a1c7d2-6b3f-4a9e-8c5d-2f1b0a9e8d7c",
                    "projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09",
                    "code": "COMPLETED",
                    "name": "竣工/已完成",
                    "standard": true,
                    "plannedDate": "2022-12-31",
                    "actualDate": "2022-10-31",
                    "status": "MET"
                  }
                }
              ],
              "next": "1042"
            }""";

    public static final String CHANGES_HEAD = """
            {
              "items": [],
              "next": "1042"
            }""";
    public static final String CORRECTED_REPORT_ID = "7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";
    public static final String PARKING_NARRATIVE =
            "2024年,市城管局已超额完成年内新增3000个停车泊位的任务目标,新增停车泊位4734个," + "完成率157.8%。(新乡日报,2024年新乡市重点民生实事系列新闻发布会,2025-01-15)";

    /** Also embedded in the gateway's views, so kept in common. */
    public static final String PROJECT_STATUS = SharedExamples.PROJECT_STATUS;

    public static final String PROGRAMME_SUMMARY = SharedExamples.PROGRAMME_SUMMARY;
    /** A summary's or series' ETag (a digest of the versions of its inputs). */
    public static final String SUMMARY_ETAG = "\"4c1d0f6a2b9e8d7c3a51\"";

    public static final String PROGRAMME_SERIES = """
            {
              "programmeId": "32e0bc13-8ffb-4dc9-8a2a-74f58eabf0ba",
              "title": "晋江市2022年为民办实事项目",
              "from": "2022-08-01",
              "to": "2022-10-31",
              "step": "MONTH",
              "points": [
                {
                  "asOf": "2022-08-31",
                  "projects": 10,
                  "cancelled": 0,
                  "byPhase": {
                    "NOT_STARTED": 0,
                    "APPROVED": 1,
                    "STARTED": 9,
                    "STRUCTURE_DONE": 0,
                    "BASICALLY_COMPLETED": 0,
                    "COMPLETED": 0,
                    "ACCEPTED": 0,
                    "IN_OPERATION": 0
                  },
                  "byHealth": {
                    "ON_TRACK": 0,
                    "AT_RISK": 10,
                    "DELAYED": 0
                  },
                  "averageCompletionPercent": 0.0,
                  "indicators": 10,
                  "indicatorsMet": 0,
                  "delayed": 0,
                  "overdue": 0
                },
                {
                  "asOf": "2022-09-30",
                  "projects": 10,
                  "cancelled": 0,
                  "byPhase": {
                    "NOT_STARTED": 0,
                    "APPROVED": 0,
                    "STARTED": 10,
                    "STRUCTURE_DONE": 0,
                    "BASICALLY_COMPLETED": 0,
                    "COMPLETED": 0,
                    "ACCEPTED": 0,
                    "IN_OPERATION": 0
                  },
                  "byHealth": {
                    "ON_TRACK": 0,
                    "AT_RISK": 10,
                    "DELAYED": 0
                  },
                  "averageCompletionPercent": 0.0,
                  "indicators": 10,
                  "indicatorsMet": 0,
                  "delayed": 0,
                  "overdue": 0
                },
                {
                  "asOf": "2022-10-31",
                  "projects": 10,
                  "cancelled": 0,
                  "byPhase": {
                    "NOT_STARTED": 0,
                    "APPROVED": 0,
                    "STARTED": 2,
                    "STRUCTURE_DONE": 0,
                    "BASICALLY_COMPLETED": 2,
                    "COMPLETED": 6,
                    "ACCEPTED": 0,
                    "IN_OPERATION": 0
                  },
                  "byHealth": {
                    "ON_TRACK": 10,
                    "AT_RISK": 0,
                    "DELAYED": 0
                  },
                  "averageCompletionPercent": 92.5,
                  "indicators": 10,
                  "indicatorsMet": 3,
                  "delayed": 0,
                  "overdue": 0
                }
              ],
""" + SharedExamples.LABELS + """
            }""";

    public static final String INDICATOR_SERIES = """
            [
              {
                "asOf": "2024-12-31",
                "value": 4734,
                "reportId": "21d5ff05-8abd-4bef-a69c-7b0c8f39b583"
              }
            ]""";

    private Examples() {}
}
