package org.civic.gateway.api;

import org.civic.common.openapi.SharedExamples;

/**
 * Examples for the OpenAPI document, from the demo data (demo/, the seed articles' figures): 晋江市2022年为民办实事项目
 * as of 2022-10-31 (6 completed, 2 basically completed, the rest on schedule), 新乡 2024's parking spaces (4,734 of
 * 3,000: 157.8 %) and a 泉州 blood donor. Lists are shortened; ids are those of one demo load. What progress answers
 * inside a view (the dashboard's figures, the overview's status) is progress's own example, from common's
 * {@link SharedExamples}.
 */
public final class Examples {

    public static final String DASHBOARD = """
            {
              "programme": {
                "id": "32e0bc13-8ffb-4dc9-8a2a-74f58eabf0ba",
                "regionCode": "350582",
                "year": 2022,
                "title": "晋江市2022年为民办实事项目",
                "approvalBasis": "晋江市委、市政府确定",
                "approvalDate": null,
                "state": "PUBLISHED",
                "plannedTotalInvestment": "553000000.00",
                "plannedProjectCount": 22,
                "projectCount": 10,
                "domains": [
                  {
                    "code": "PUBLIC_SERVICE",
                    "name": "优化公共服务"
                  },
                  {
                    "code": "ELDERLY_CHILDREN",
                    "name": "关注“一老一小”"
                  },
                  {
                    "code": "SPECIAL_GROUPS",
                    "name": "关爱特殊群体"
                  },
                  {
                    "code": "SMART_INFRA",
                    "name": "升级智能配套"
                  },
                  {
                    "code": "LIVABILITY",
                    "name": "提升宜居品质"
                  }
                ],
                "sourceNote": "seed article: 《晋江:普惠民生 共享高品质生活》, 泉州晚报 2022-11-29",
                "createdAt": "2026-11-30T02:10:04.120Z",
                "updatedAt": "2026-11-30T02:10:04.120Z"
              },
              "asOf": "2022-10-31",
              "figures": """ + SharedExamples.PROGRAMME_SUMMARY + """
            ,
              "investment": {
                "plannedTotal": "553000000.00",
                "plannedInProjects": null
              },
              "degraded": []
            }""";

    public static final String OVERVIEW = """
            {
              "project": {
                "id": "076df362-3213-458b-b7d6-5105d6211a11",
                "programmeId": "3036ddf9-3085-4681-8870-88c116a93c1e",
                "code": "XX2024-08",
                "title": "停车泊位增建扩能",
                "titleEn": "More parking spaces",
                "description": "新增停车泊位3000个",
                "domainCode": "URBAN_LIVING",
                "leadDepartmentId": "6d935b93-66a5-4c3b-8550-8d72ff90dc37",
                "coDepartmentIds": [],
                "districtCodes": [
                  "410700"
                ],
                "plannedInvestment": null,
                "plannedStart": "2024-01-01",
                "plannedEnd": "2024-12-31",
                "location": null,
                "state": "ACTIVE",
                "cancelReason": null,
                "indicators": [
                  {
                    "key": "parking_spaces",
                    "name": "新增停车泊位",
                    "unit": "个",
                    "baseline": 0,
                    "target": 3000,
                    "direction": "INCREASE",
                    "cumulative": true
                  }
                ],
                "createdAt": "2026-11-30T02:10:05.310Z",
                "updatedAt": "2026-11-30T02:10:05.310Z"
              },
              "asOf": "2024-12-31",
              "milestones": [
                {
                  "id": "5f0c9e6a-2b7d-4c1e-9a8f-3d2e1c0b9a87",
                  "projectId": "076df362-3213-458b-b7d6-5105d6211a11",
                  "code": "COMPLETED",
                  "name": "竣工/已完成",
                  "plannedDate": "2024-12-31",
                  "actualDate": "2024-12-20",
                  "status": "MET"
                }
              ],
              "latestApprovedReport": {
                "id": "21d5ff05-8abd-4bef-a69c-7b0c8f39b583",
                "projectId": "076df362-3213-458b-b7d6-5105d6211a11",
                "asOf": "2024-12-31",
                "state": "APPROVED",
                "percentComplete": 100,
                "actuals": [
                  {
                    "key": "parking_spaces",
                    "value": 4734
                  }
                ],
                "narrative": "全年新增停车泊位4734个,完成目标的157.8%。"
              },
              "status": """ + SharedExamples.PROJECT_STATUS + """
            ,
              "degraded": []
            }""";

    public static final String CITIZEN_BENEFITS = """
            {
              "citizenId": "8a1f3c2e-6b4d-4e5f-9a7b-1c2d3e4f5a6b",
              "asOf": "2025-06-01",
              "eligibility": {
                "citizenId": "8a1f3c2e-6b4d-4e5f-9a7b-1c2d3e4f5a6b",
                "asOf": "2025-06-01",
                "programmes": [
                  {
                    "programmeCode": "QZ-BLOOD-DONOR-2025",
                    "programmeName": {
                      "zh": "泉州市无偿献血及造血干细胞捐献者优待措施",
                      "en": "Quanzhou privileges for voluntary blood and stem-cell donors"
                    },
                    "ruleVersion": 1,
                    "ruleEffectiveFrom": "2025-01-01",
                    "outcome": "ELIGIBLE",
                    "conditions": [],
                    "missingFacts": [],
                    "benefits": [
                      {
                        "benefitCode": "HEALTH_CHECK",
                        "name": {
                          "zh": "每年一次免费健康体检",
                          "en": "A free health check each year"
                        },
                        "outcome": "ELIGIBLE",
                        "conditions": [],
                        "missingFacts": [],
                        "quota": {
                          "limit": 1,
                          "per": "CALENDAR_YEAR",
                          "period": "2025",
                          "used": 1,
                          "remaining": 0
                        }
                      }
                    ]
                  }
                ]
              },
              "recentRedemptions": [
                {
                  "id": "0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
                  "benefitCode": "HEALTH_CHECK",
                  "siteId": "QZ-HOSP-001",
                  "siteCategory": "PUBLIC_HOSPITAL_L2_PLUS",
                  "occurredAt": "2025-03-12T01:30:00Z",
                  "period": "2025",
                  "sequenceInPeriod": 1,
                  "channel": "VERIFICATION",
                  "recordedAt": "2025-03-12T01:30:02Z",
                  "recordedBy": "staff:counter-1"
                }
              ],
              "degraded": []
            }""";

    public static final String CLIENTS = """
            [
              {
                "id": "4b6f1d2e-3c4a-4e5b-8f9a-0b1c2d3e4f5a",
                "name": "晋江新闻客户端",
                "scopes": [
                  "public:read"
                ],
                "ratePerMinute": 600,
                "keyPrefix": "civ_Xk3q9v",
                "createdAt": "2026-11-30T02:00:00Z",
                "createdBy": "staff:alice"
              }
            ]""";

    public static final String CLIENT_CREATED = """
            {
              "id": "4b6f1d2e-3c4a-4e5b-8f9a-0b1c2d3e4f5a",
              "name": "晋江新闻客户端",
              "scopes": [
                "public:read"
              ],
              "ratePerMinute": 600,
              "keyPrefix": "civ_Xk3q9v",
              "createdAt": "2026-11-30T02:00:00Z",
              "createdBy": "staff:alice",
              "key": "civ_Xk3q9vT2bN7mR4pL8wZ1cY5dF0gH6jK3sA2eQ9uV7iO"
            }""";

    public static final String CLIENT_INPUT = """
            {
              "name": "晋江新闻客户端",
              "scopes": [
                "public:read"
              ],
              "ratePerMinute": 600
            }""";

    public static final String CHANGE_CURSOR = "r1042.p77";

    public static final String CHANGES = """
            {
              "items": [
                {
                  "id": "registry-1041",
                  "source": "registry",
                  "cursor": "r1041.p76",
                  "type": "project.updated",
                  "entityId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09",
                  "version": 4,
                  "recordedAt": "2024-12-20T08:29:41Z",
                  "programmeId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                  "data": {
                    "id": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09",
                    "code": "XX2024-08",
                    "title": "新增停车泊位3000个"
                  }
                },
                {
                  "id": "progress-77",
                  "source": "progress",
                  "cursor": "r1041.p77",
                  "type": "report.approved",
                  "entityId": "5b7e2c1a-93d4-4f6e-8a0b-1c2d3e4f5a6b",
                  "version": 3,
                  "recordedAt": "2024-12-20T08:30:00Z",
                  "programmeId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                  "data": {
                    "id": "5b7e2c1a-93d4-4f6e-8a0b-1c2d3e4f5a6b",
                    "projectId": "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09",
                    "asOf": "2024-12-15",
                    "state": "APPROVED"
                  }
                },
                {
                  "id": "registry-1042",
                  "source": "registry",
                  "cursor": "r1042.p77",
                  "type": "programme.updated",
                  "entityId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                  "version": 7,
                  "recordedAt": "2024-12-20T08:31:12Z",
                  "programmeId": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                  "data": {
                    "id": "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f",
                    "title": "新乡市2024年重点民生实事",
                    "state": "PUBLISHED"
                  }
                }
              ],
              "next": "r1042.p77"
            }""";

    public static final String CHANGES_HEAD = """
            {
              "items": [],
              "next": "r1042.p77"
            }""";

    public static final String WEBHOOK_INPUT = """
            {
              "url": "https://news.example.cn/hooks/civic",
              "events": [
                "project.*",
                "report.approved"
              ]
            }""";

    public static final String WEBHOOK = """
            {
              "id": "8d3e1f2a-4b5c-4d6e-9f0a-1b2c3d4e5f60",
              "url": "https://news.example.cn/hooks/civic",
              "events": [
                "project.*",
                "report.approved"
              ],
              "createdAt": "2026-11-30T02:10:00Z"
            }""";

    public static final String WEBHOOKS = "[" + WEBHOOK + "]";

    public static final String WEBHOOK_CREATED = """
            {
              "id": "8d3e1f2a-4b5c-4d6e-9f0a-1b2c3d4e5f60",
              "url": "https://news.example.cn/hooks/civic",
              "events": [
                "project.*",
                "report.approved"
              ],
              "createdAt": "2026-11-30T02:10:00Z",
              "secret": "whsec_Q2l2aWNQcm9qZWN0c1N1aXRlV2ViaG9va1NlY3JldDE"
            }""";

    public static final String DELIVERY_QUEUED = """
            {
              "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
              "eventId": "progress-77",
              "eventType": "report.approved",
              "state": "PENDING",
              "attempts": 3,
              "lastStatus": 503,
              "firstAttemptAt": "2024-12-20T08:30:05Z",
              "nextAttemptAt": "2024-12-20T08:34:05Z"
            }""";

    public static final String DELIVERIES = """
            {
              "items": [
                {
                  "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                  "eventId": "progress-77",
                  "eventType": "report.approved",
                  "state": "DELIVERED",
                  "attempts": 3,
                  "lastStatus": 204,
                  "firstAttemptAt": "2024-12-20T08:30:05Z",
                  "deliveredAt": "2024-12-20T08:31:35Z"
                }
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    private Examples() {}
}
