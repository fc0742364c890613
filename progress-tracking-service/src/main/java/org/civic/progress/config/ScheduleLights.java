package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * The bulletin's schedule lights (README "Bulletin"): the scale of colours over the 序时进度 gap, the points by which
 * completion trails the elapsed share of the planned time. Parsed and checked at start by {@code LightScale.parse}.
 */
@ConfigMapping(prefix = "progress.bulletin")
public interface ScheduleLights {

    /**
     * From the least behind: the first colour has no bound, each next one the gap from which it applies, {@code >=}
     * (at least) or {@code >} (more than). 银川's rule is the default: up to 10 points behind green, 10–30 yellow, more
     * than 30 red. 大足's five colours: {@code BLUE,GREEN>=0,YELLOW>=10,ORANGE>=20,RED>30}.
     */
    @WithDefault("GREEN,YELLOW>=10,RED>30")
    List<String> scale();
}
