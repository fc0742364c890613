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

    /** 会昌 2023 at the end of October (shortened to one department, one district and one project line). */
    public static final String BULLETIN = """
            {
              "programmeId": "5d0c7a1e-3b2f-4e8d-9a6c-1f0e2d3c4b5a",
              "title": "会昌县2023年为民办实事项目",
              "asOf": "2023-10-31",
              "scale": "GREEN,YELLOW>=10,RED>30",
              "programme": {"key": "programme", "name": {"zh": "会昌县2023年为民办实事项目", "en": null},
                "projects": 65, "completed": 26, "basicallyCompleted": 0, "started": 65,
                "completionRate": 40.0, "startRate": 100.0, "byLight": {"GREEN": 63, "YELLOW": 1, "RED": 1}},
              "byDepartment": [{"key": "8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d",
                "name": {"zh": "会昌县住房和城乡建设局", "en": null}, "projects": 12, "completed": 5,
                "basicallyCompleted": 0, "started": 12, "completionRate": 41.7, "startRate": 100.0,
                "byLight": {"GREEN": 11, "YELLOW": 0, "RED": 1}}],
              "byDistrict": [{"key": "360733", "name": {"zh": "会昌县", "en": "Huichang County"}, "projects": 65,
                "completed": 26, "basicallyCompleted": 0, "started": 65, "completionRate": 40.0,
                "startRate": 100.0, "byLight": {"GREEN": 63, "YELLOW": 1, "RED": 1}}],
              "projects": [{"projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09", "code": "HC2023-07",
                "title": "城区老旧小区改造", "leadDepartmentId": "8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d",
                "leadDepartment": "会昌县住房和城乡建设局", "districtCodes": ["360733"], "phase": "STARTED",
                "completionClass": "NOT_COMPLETED", "completionPercent": 52, "elapsedPercent": 83.3,
                "scheduleGapPoints": 31.3, "light": "RED", "health": "AT_RISK"}],
              "labels": {"phases": {}, "health": {}, "reasons": {}, "completionClasses": {
                "COMPLETED": {"zh": "完成", "en": "Completed"},
                "BASICALLY_COMPLETED": {"zh": "基本完成", "en": "Basically completed"},
                "NOT_COMPLETED": {"zh": "未完成", "en": "Not completed"}}}
            }""";

    public static final String NOTICE_ID = "2e7f4a9c-5b1d-4c3e-8f6a-9d0b1c2e3f4a";

    /** An automatic 督办 notice to 会昌's housing bureau, replied to. */
    public static final String NOTICE = """
            {
              "id": "2e7f4a9c-5b1d-4c3e-8f6a-9d0b1c2e3f4a",
              "projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09",
              "programmeId": "5d0c7a1e-3b2f-4e8d-9a6c-1f0e2d3c4b5a",
              "departmentId": "8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d",
              "origin": "AUTOMATIC",
              "reason": "turned RED: 31.3 points behind its elapsed time (52 % complete after 83.3 % of the planned time)",
              "state": "REPLIED",
              "issuedBy": "system:supervision",
              "issuedOn": "2023-10-31",
              "dueDate": "2023-11-15",
              "overdue": false,
              "measures": "增派施工班组，实行倒排工期，11月底前完成主体",
              "evidenceLinks": ["https://www.huichang.gov.cn/"],
              "repliedBy": "staff:editor-1",
              "repliedAt": "2023-11-10T02:30:00Z",
              "decisionComment": null,
              "decidedBy": null,
              "closedOn": null,
              "extensions": 0
            }""";

    public static final String EVALUATION_ID = "9c3e5a7b-1d2f-4e6a-8b0c-2d4f6a8c0e1b";

    /** An illustrative 满意度测评 graded by 镇海's rule (50 members, 44 present). */
    public static final String EVALUATION = """
            {
              "id": "9c3e5a7b-1d2f-4e6a-8b0c-2d4f6a8c0e1b",
              "programmeId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
              "heldOn": "2025-12-26",
              "members": 50,
              "present": 44,
              "rule": {"code": "zhenhai", "version": 1,
                "description": "镇海: 满意 when 满意 votes exceed half the members, 基本满意 when 满意 + 基本满意 exceed half, else 不满意"},
              "illustrative": true,
              "note": "区人大常委会第二十次会议",
              "createdBy": "staff:admin",
              "createdAt": "2025-12-26T08:00:00Z",
              "satisfactionRate": 97.73,
              "byGrade": {"SATISFIED": 1, "BASICALLY_SATISFIED": 0, "NOT_SATISFIED": 0},
              "results": [{"projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09", "code": "JJ2022-07", "title": "长者食堂",
                "satisfied": 40, "basicallySatisfied": 3, "dissatisfied": 1, "abstained": 0, "grade": "SATISFIED",
                "satisfactionRate": 97.73}]
            }""";

    public static final String SNAPSHOT_ID = "3b5d7f9a-1c2e-4a6b-8d0f-2e4a6c8e0a1c";
    public static final String SNAPSHOT_ETAG = "\"9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a\"";

    /** 晋江 2022 at the end of October, published (its bulletin shortened to one project line). */
    public static final String SNAPSHOT = """
            {
              "id": "3b5d7f9a-1c2e-4a6b-8d0f-2e4a6c8e0a1c",
              "programmeId": "32e0bc13-8ffb-4dc9-8a2a-74f58eabf0ba",
              "asOf": "2022-10-31",
              "note": "晋江市2022年为民办实事项目10月底进展公示",
              "contentHash": "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a",
              "publishedBy": "staff:admin",
              "publishedAt": "2022-11-29T02:00:00Z",
              "bulletin": {
                "programmeId": "32e0bc13-8ffb-4dc9-8a2a-74f58eabf0ba",
                "title": "晋江市2022年为民办实事项目",
                "asOf": "2022-10-31",
                "scale": "GREEN,YELLOW>=10,RED>30",
                "programme": {"key": "programme", "name": {"zh": "晋江市2022年为民办实事项目", "en": null},
                  "projects": 10, "completed": 6, "basicallyCompleted": 2, "started": 10,
                  "completionRate": 60.0, "startRate": 100.0, "byLight": {"GREEN": 10, "YELLOW": 0, "RED": 0}},
                "byDepartment": [],
                "byDistrict": [],
                "projects": [{"projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09", "code": "JJ2022-01",
                  "title": "电子健康卡(医码通)项目二期", "leadDepartmentId": "8b1f2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d",
                  "leadDepartment": "晋江市卫生健康局", "districtCodes": ["350582"], "phase": "COMPLETED",
                  "completionClass": "COMPLETED", "completionPercent": 100, "elapsedPercent": 83.3,
                  "scheduleGapPoints": -16.7, "light": "GREEN", "health": "ON_TRACK"}],
                "labels": {"phases": {}, "health": {}, "reasons": {}, "completionClasses": {}}
              }
            }""";

    public static final String SNAPSHOT_CSV = "code,title,leadDepartment,districtCodes,phase,completionClass,"
            + "completionPercent,elapsedPercent,scheduleGapPoints,light,health\r\n"
            + "JJ2022-01,电子健康卡(医码通)项目二期,晋江市卫生健康局,350582,COMPLETED,COMPLETED,100,83.3,-16.7,GREEN,ON_TRACK\r\n";

    /** A correction approved after the first snapshot: 60 % became 80 %. */
    public static final String SNAPSHOT_DIFF = """
            {
              "from": {"id": "3b5d7f9a-1c2e-4a6b-8d0f-2e4a6c8e0a1c", "asOf": "2024-06-30",
                "contentHash": "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"},
              "to": {"id": "4c6e8a0b-2d3f-4b7c-9e1a-3f5b7d9f1b2d", "asOf": "2024-06-30",
                "contentHash": "1a3c5e7f9b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a"},
              "programme": [],
              "projects": [{"projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09", "code": "XX-PARK", "title": "新增停车泊位",
                "kind": "CHANGED", "changes": [{"field": "completionPercent", "from": "60", "to": "80"},
                  {"field": "scheduleGapPoints", "from": "-10.4", "to": "-30.4"}]}]
            }""";
}
