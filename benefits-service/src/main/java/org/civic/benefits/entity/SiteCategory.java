package org.civic.benefits.entity;

/**
 * Where a benefit can be used; a venue or validator states its category when it verifies a pass.
 * The catalogue is fixed so that a gate cannot invent a category that happens to match.
 */
public enum SiteCategory {
    /** 二级及以上公立医疗机构 */
    PUBLIC_HOSPITAL_L2_PLUS,
    /** 基层卫生服务机构 (community health centre, township health centre) */
    COMMUNITY_HEALTH_CENTRE,
    /** 政府投资主办的公园、风景名胜区 */
    GOV_PARK_SCENIC,
    /** 政府投资建立的博物馆、美术馆、科技馆、纪念馆等公共文化设施 */
    GOV_MUSEUM_CULTURE,
    /** 居住地的城市公共交通 */
    LOCAL_PUBLIC_TRANSPORT,
    /** 总工会、团委、妇联 (evaluations and activities) */
    MASS_ORGANISATION,
    /** 红十字会 */
    RED_CROSS,
    /** 残疾儿童康复救助定点服务机构 */
    DESIGNATED_REHABILITATION_INSTITUTION,
    /** 两癌筛查技术服务机构 */
    WOMEN_HEALTH_SCREENING,
    /** 民政、残联 service windows that pay subsidies and relief */
    CIVIL_AFFAIRS_SERVICE
}
