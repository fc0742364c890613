package org.civic.registry.api;

/**
 * Example values of the OpenAPI document, from the seed articles' programmes (晋江 2022, 新乡 2024): one project,
 * 电子健康卡(医码通)项目二期, seen from its region, department and programme. Ids are those a registry might assign.
 */
public final class Examples {

    public static final String REGION_CODE = "350582";
    public static final String REGION_PARENT_CODE = "350500";
    public static final String DEPARTMENT_ID = "0c5f4e6a-3b1d-4c1e-9a4f-6a2b8e7d9c10";
    public static final String CO_DEPARTMENT_ID = "5e2a9b47-8c3d-4f6e-b1a2-7d9c0e4f3a21";
    public static final String PROGRAMME_ID = "b7e3c1d2-5a4f-4e6b-8c9d-1f2a3b4c5d6e";
    public static final String PROJECT_ID = "3f8a2c1e-7b6d-4e5f-9a8b-0c1d2e3f4a5b";
    public static final String CREATED = "2022-03-15T08:30:00Z";
    public static final String UPDATED = "2022-10-31T09:00:00Z";
    /** CNY amounts as the registry writes them: a decimal string (新乡 2024, 民昇农贸批发市场项目). */
    public static final String INVESTMENT = "145000000.00";
    /** 晋江 2022: 22 projects in 5 series, planned total investment 5.53亿元. */
    public static final String PROGRAMME_INVESTMENT = "553000000.00";

    public static final String PROGRAMME_TITLE = "晋江市2022年为民办实事项目";
    public static final String PROJECT_CODE = "JJ2022-01";
    public static final String PROJECT_TITLE = "电子健康卡(医码通)项目二期";
    public static final String PROJECT_TITLE_EN = "Electronic health card (Yimatong), phase 2";
    public static final String PROJECT_DESCRIPTION =
            "建设晋江电子健康卡(医码通)项目二期,实现全市二级以上公立医院就医“一码通用”;" + "借助微信实名认证一键领码,群众用手机即可完成就诊、检查检验、取报告单、取药、结算。";
    public static final String DOMAIN_CODE = "SMART_INFRA";
    public static final String DOMAIN_NAME = "升级智能配套";
    public static final String PLANNED_START = "2022-01-01";
    public static final String PLANNED_END = "2022-12-31";
    public static final String REASON = "按市政府常务会议决定调整目标";
    /** Whole digits of a CNY amount (the columns are numeric(16, 2)). */
    public static final int MONEY_DIGITS = 14;
    /** The pattern of a CNY amount with at most 2 decimals, as written, and its longest text. */
    public static final String DECIMAL_PATTERN = "^[0-9]{1," + MONEY_DIGITS + "}(\\.[0-9]{1,2})?$";

    public static final int MONEY_MAX_LENGTH = MONEY_DIGITS + 3;
    public static final String MONEY = "CNY with at most 2 decimals, as a decimal string (a JSON number is read too)";

    private Examples() {}
}
