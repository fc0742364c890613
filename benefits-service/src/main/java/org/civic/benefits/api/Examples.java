package org.civic.benefits.api;

/**
 * Example values of the API documentation (the rules' own are in {@code rules/RuleExamples}). Programmes and
 * benefits are the demo's (demo/benefits: 泉州's privileges for honoured blood donors, QZ-BLOOD-DONOR-2025); the
 * person is the usual placeholder 张三 with the sample number of GB 11643 itself, shown masked as every answer masks
 * it. Ids are fixed stand-ins.
 */
public final class Examples {

    public static final String PROGRAMME_CODE = "QZ-BLOOD-DONOR-2025";
    public static final String BENEFIT_CODE = "QZ_BLOOD_HEALTH_CHECK";
    public static final String REGISTRY_PROJECT_ID = "6a0f2c4e-8b1d-4f3a-9c5e-7d2b4f6a8c0e";
    public static final String CITIZEN_ID = "c7e3a1f0-2b4d-4e6f-8a9b-0c1d2e3f4a5b";
    public static final String FACT_ID = "1e3a5c7b-9d0f-4b2a-8c4e-6f8a0b2c4d6e";
    public static final String PASS_ID = "d2f4b6a8-0c1e-4a3b-9d5f-7e9a1b3c5d7f";
    public static final String REDEMPTION_ID = "f1b3d5e7-2a4c-4e6a-8b0d-9c1e3a5b7d9f";

    public static final String NAME = "张三";
    public static final String NATIONAL_ID_NUMBER = "11010519491231002X";
    public static final String PHONE = "13800138000";
    public static final String MASKED_NAME = "张*";
    public static final String MASKED_NATIONAL_ID_NUMBER = "110105********002X";
    public static final String MASKED_PHONE = "138****8000";
    public static final String PURPOSE = "counter service: blood donor privileges";

    public static final String PROGRAMME_NAME = """
            {"zh": "泉州市无偿献血及造血干细胞捐献者优待措施",
             "en": "Quanzhou privileges for voluntary blood and haematopoietic stem cell donors"}""";
    public static final String BENEFIT_NAME = """
            {"zh": "每年免费一次居住地基层卫生服务机构基本项目健康体检",
             "en": "One free basic health check a year at the community health centre of residence"}""";

    private Examples() {}
}
