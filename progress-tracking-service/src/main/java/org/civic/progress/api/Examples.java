package org.civic.progress.api;

/**
 * Example values of the API documentation, from the demo data (demo/progress): 晋江 2022's 医码通 project
 * (JJ2022-01) for milestones, 新乡 2024's parking spaces (XX2024-08, 4734 of 3000 = 157.8 %) for reports.
 * Ids are generated when the demo loads, so these are fixed stand-ins.
 */
public final class Examples {

    public static final String PROJECT_ID = "0f6b3c9e-2a4d-4c8e-9f1a-7b5d3e2c1a09";
    public static final String PROGRAMME_ID = "a3d5e7f9-1b2c-4d6e-8f0a-2c4e6a8b0d1f";
    public static final String MILESTONE_ID = "e4a1c7d2-6b3f-4a9e-8c5d-2f1b0a9e8d7c";
    public static final String REPORT_ID = "5b7e2c1a-93d4-4f6e-8a0b-1c2d3e4f5a6b";
    public static final String CORRECTED_REPORT_ID = "7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";
    public static final String PARKING_NARRATIVE = "2024年,市城管局已超额完成年内新增3000个停车泊位的任务目标,新增停车泊位4734个,"
            + "完成率157.8%。(新乡日报,2024年新乡市重点民生实事系列新闻发布会,2025-01-15)";

    private Examples() {
    }
}
