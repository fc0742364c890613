package org.civic.common.openapi;

/**
 * Example answers that appear in more than one service's OpenAPI document, kept once: progress answers them
 * ({@code GET /projects/{id}/status}, {@code GET /programmes/{id}/summary}) and the gateway's views embed them
 * (the overview's {@code status}, the dashboard's {@code figures}). From the demo data: 新乡 2024's parking spaces
 * (XX2024-08, 4,734 of 3,000 = 157.8 %) and 晋江 2022 as of 2022-10-31 (6 completed, 2 basically completed, the rest
 * on schedule). Ids are fixed stand-ins.
 */
public final class SharedExamples {

    /** The labels of every enumeration a summary answers with, as the summary and the series examples show them. */
    public static final String LABELS = """
              "labels": {
                "phases": {
                  "NOT_STARTED": {
                    "zh": "未开工",
                    "en": "Not started"
                  },
                  "APPROVED": {
                    "zh": "立项",
                    "en": "Approved"
                  },
                  "STARTED": {
                    "zh": "开工",
                    "en": "Started"
                  },
                  "STRUCTURE_DONE": {
                    "zh": "主体完工",
                    "en": "Main structure done"
                  },
                  "BASICALLY_COMPLETED": {
                    "zh": "基本完成",
                    "en": "Basically completed"
                  },
                  "COMPLETED": {
                    "zh": "竣工/已完成",
                    "en": "Completed"
                  },
                  "ACCEPTED": {
                    "zh": "验收",
                    "en": "Accepted"
                  },
                  "IN_OPERATION": {
                    "zh": "投入使用",
                    "en": "In operation"
                  }
                },
                "health": {
                  "ON_TRACK": {
                    "zh": "正常推进",
                    "en": "On track"
                  },
                  "AT_RISK": {
                    "zh": "存在风险",
                    "en": "At risk"
                  },
                  "DELAYED": {
                    "zh": "滞后",
                    "en": "Delayed"
                  }
                },
                "reasons": {
                  "MILESTONE_MISSED": {
                    "zh": "节点逾期未达成",
                    "en": "Milestone missed"
                  },
                  "OVERDUE": {
                    "zh": "超过计划完成日期",
                    "en": "Past its planned end"
                  },
                  "BEHIND_SCHEDULE": {
                    "zh": "进度落后于时序",
                    "en": "Behind schedule"
                  },
                  "NO_RECENT_REPORT": {
                    "zh": "近期未报送进度",
                    "en": "No recent report"
                  }
                },
                "completionClasses": {
                  "COMPLETED": {
                    "zh": "完成",
                    "en": "Completed"
                  },
                  "BASICALLY_COMPLETED": {
                    "zh": "基本完成",
                    "en": "Basically completed"
                  },
                  "NOT_COMPLETED": {
                    "zh": "未完成",
                    "en": "Not completed"
                  }
                }
              }""";

    public static final String PROJECT_STATUS = """
            {
              "projectId": "076df362-3213-458b-b7d6-5105d6211a11",
              "programmeId": "3036ddf9-3085-4681-8870-88c116a93c1e",
              "code": "XX2024-08",
              "title": "停车泊位增建扩能",
              "domainCode": "URBAN_LIVING",
              "leadDepartmentId": "6d935b93-66a5-4c3b-8550-8d72ff90dc37",
              "asOf": "2024-12-31",
              "cancelled": false,
              "phase": "COMPLETED",
              "phaseName": "竣工/已完成",
              "completionPercent": 100,
              "completionClass": "COMPLETED",
              "elapsedPercent": 100.0,
              "scheduleGapPoints": 0.0,
              "light": "GREEN",
              "health": "ON_TRACK",
              "reasons": [],
              "indicators": [
                {
                  "key": "parking_spaces",
                  "name": "新增停车泊位",
                  "unit": "个",
                  "baseline": 0,
                  "target": 3000,
                  "direction": "INCREASE",
                  "cumulative": true,
                  "actual": 4734,
                  "actualAsOf": "2024-12-31",
                  "achievementRate": 157.8
                }
              ],
              "latestApprovedReport": {
                "id": "21d5ff05-8abd-4bef-a69c-7b0c8f39b583",
                "asOf": "2024-12-31"
              },
              "overdue": false
            }""";

    public static final String PROGRAMME_SUMMARY = """
            {
              "programmeId": "32e0bc13-8ffb-4dc9-8a2a-74f58eabf0ba",
              "title": "晋江市2022年为民办实事项目",
              "asOf": "2022-10-31",
              "projects": 10,
              "cancelled": 0,
              "announcedProjects": 22,
              "projectsNotInRegistry": 12,
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
              "byCompletionClass": {
                "COMPLETED": 6,
                "BASICALLY_COMPLETED": 2,
                "NOT_COMPLETED": 2
              },
              "byLight": {
                "GREEN": 10,
                "YELLOW": 0,
                "RED": 0
              },
              "byDomain": [
                {
                  "key": "ELDERLY_CHILDREN",
                  "name": {
                    "zh": "关注“一老一小”",
                    "en": null
                  },
                  "projects": 3,
                  "delivered": 2,
                  "delayed": 0,
                  "averageCompletionPercent": 91.7,
                  "plannedInvestment": null
                },
                {
                  "key": "LIVABILITY",
                  "name": {
                    "zh": "提升宜居品质",
                    "en": null
                  },
                  "projects": 1,
                  "delivered": 0,
                  "delayed": 0,
                  "averageCompletionPercent": 90.0,
                  "plannedInvestment": null
                }
              ],
              "byDepartment": [
                {
                  "key": "272264e0-0b29-44e6-a06f-0c2cdc633cf0",
                  "name": {
                    "zh": "晋江市教育局",
                    "en": null
                  },
                  "projects": 1,
                  "delivered": 1,
                  "delayed": 0,
                  "averageCompletionPercent": 100.0,
                  "plannedInvestment": null
                },
                {
                  "key": "28f4add4-0525-4ce7-a5ee-6127476c35ed",
                  "name": {
                    "zh": "晋江市妇女联合会",
                    "en": null
                  },
                  "projects": 1,
                  "delivered": 1,
                  "delayed": 0,
                  "averageCompletionPercent": 100.0,
                  "plannedInvestment": null
                }
              ],
              "byDistrict": [
                {
                  "key": "350582",
                  "name": {
                    "zh": "晋江市",
                    "en": "Jinjiang City"
                  },
                  "projects": 10,
                  "delivered": 6,
                  "delayed": 0,
                  "averageCompletionPercent": 92.5,
                  "plannedInvestment": null
                }
              ],
              "averageCompletionPercent": 92.5,
              "indicators": 10,
              "indicatorsMet": 3,
              "plannedInvestment": null,
              "delayed": [],
              "overdue": [],
              "overdueProjects": 0,
              "listedAtMost": 100,
              "notices": {
                "open": 0,
                "overdue": 0
              },
""" + LABELS + """
            }""";

    private SharedExamples() {}
}
