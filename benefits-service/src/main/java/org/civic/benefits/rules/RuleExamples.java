package org.civic.benefits.rules;

/**
 * Example rules for the documentation of the rule language ({@link RuleLanguageSchema}, {@link ConditionResult}), from
 * the demo's QZ-BLOOD-DONOR-2025 (demo/benefits): 泉州's privileges for honoured blood donors.
 */
public final class RuleExamples {

    public static final String RESIDENCE_EXPLANATION = """
            {"zh": "在泉州市内(优待措施在泉州市内提供)", "en": "Lives in Quanzhou (the privileges apply within the city)"}""";

    /** The criteria of QZ-BLOOD-DONOR-2025 (demo/benefits/programmes/QZ-BLOOD-DONOR-2025.rules.ndjson). */
    public static final String CRITERIA = """
            {"all": [
              {"fact": "honour", "op": "in",
               "value": ["BLOOD_DONATION_LIFETIME_HONOUR", "BLOOD_DONATION_GOLD", "BLOOD_DONATION_SILVER",
                         "HSC_DONATION_AWARD", "BLOOD_VOLUNTEER_LIFETIME_HONOUR"],
               "explanation": {"zh": "获得无偿献血奉献奖终身荣誉奖、金奖、银奖、无偿献血造血干细胞奖或无偿献血志愿服务终身荣誉奖之一",
                               "en": "Holds one of the five national honours for voluntary blood or stem cell donation"},
               "article": "优待对象"},
              {"fact": "card", "op": "eq", "value": "QUANZHOU_BLOOD_DONOR_HONOUR_CARD",
               "explanation": {"zh": "持“泉州市无偿献血荣誉卡”", "en": "Holds the Quanzhou blood donor honour card"},
               "article": "优待对象"},
              {"fact": "residenceRegion", "op": "withinRegion", "value": "350500",
               "explanation": {"zh": "在泉州市内(优待措施在泉州市内提供)",
                               "en": "Lives in Quanzhou (the privileges apply within the city)"},
               "article": "优待对象"}
            ]}""";

    /** Its red-cross visits also need a household in hardship. */
    public static final String BENEFIT_CRITERIA = """
            {"QZ_BLOOD_RED_CROSS_CARE":
              {"fact": "householdStatus", "op": "in", "value": ["DIBAO", "TEKUN", "LOW_INCOME"],
               "explanation": {"zh": "困难家庭(低保、特困或低收入家庭;演示解释)",
                               "en": "Household in hardship (dibao, tekun or low income; demo interpretation)"},
               "article": "第3条"}}""";

    public static final String CONDITION = """
            {"fact": "residenceRegion", "op": "withinRegion", "value": "350500",
             "explanation": {"zh": "在泉州市内(优待措施在泉州市内提供)", "en": "Lives in Quanzhou (the privileges apply within the city)"},
             "article": "优待对象"}""";

    private RuleExamples() {}
}
