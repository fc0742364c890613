package org.civic.progress.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of the schedule lights over the 序时进度 gap in points ({@code ScheduleLights.scale}): the first colour
 * below every bound, then each colour from its bound up. Pure, so a scale is checked once at start.
 */
public final class LightScale {

    private static final Pattern COLOUR = Pattern.compile("[A-Z][A-Z_]{0,19}");
    private static final Pattern BAND = Pattern.compile("(" + COLOUR.pattern() + ")(>=|>)(-?\\d{1,3}(\\.\\d)?)");

    private record Band(String colour, BigDecimal from, boolean inclusive) {
        boolean covers(BigDecimal gap) {
            int compared = gap.compareTo(from);
            return compared > 0 || (inclusive && compared == 0);
        }
    }

    private final String first;
    private final List<Band> bands;

    private LightScale(String first, List<Band> bands) {
        this.first = first;
        this.bands = bands;
    }

    /** Parses a scale, reporting every bad entry with its position; an unusable scale is refused whole. */
    public static LightScale parse(List<String> entries) {
        List<String> errors = new ArrayList<>();
        if (entries.size() < 2) {
            errors.add("scale: needs at least two colours, has " + entries.size());
        }
        String first = entries.isEmpty() ? null : entries.get(0).strip();
        if (first != null && !COLOUR.matcher(first).matches()) {
            errors.add("scale[0]: '" + first + "' is not a colour (A-Z, _)");
        }
        Set<String> colours = new HashSet<>();
        colours.add(first);
        List<Band> bands = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            Matcher band = BAND.matcher(entries.get(i).strip());
            if (!band.matches()) {
                errors.add("scale[" + i + "]: '" + entries.get(i) + "' is not COLOUR>=points or COLOUR>points");
                continue;
            }
            Band parsed = new Band(
                    band.group(1), new BigDecimal(band.group(3)), band.group(2).equals(">="));
            if (!colours.add(parsed.colour())) {
                errors.add("scale[" + i + "]: colour " + parsed.colour() + " appears twice");
            }
            if (!bands.isEmpty()
                    && parsed.from().compareTo(bands.get(bands.size() - 1).from()) < 0) {
                errors.add("scale[" + i + "]: " + parsed.from() + " is below the bound before it");
            }
            bands.add(parsed);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("progress.bulletin.scale: " + String.join("; ", errors));
        }
        return new LightScale(first, List.copyOf(bands));
    }

    /** The colour of a gap: the last band it reaches, else the first colour; null when there is no gap. */
    public String light(BigDecimal gapPoints) {
        if (gapPoints == null) {
            return null;
        }
        String light = first;
        for (Band band : bands) {
            if (band.covers(gapPoints)) {
                light = band.colour();
            }
        }
        return light;
    }

    /** The colours from the least behind to the most. */
    public List<String> colours() {
        List<String> colours = new ArrayList<>(List.of(first));
        bands.forEach(band -> colours.add(band.colour()));
        return colours;
    }

    /** The most-behind colour (red in 银川's rule): a project turning it gets a 督办 notice. */
    public String worst() {
        return bands.get(bands.size() - 1).colour();
    }

    @Override
    public String toString() {
        StringBuilder scale = new StringBuilder(first);
        bands.forEach(band -> scale.append(',')
                .append(band.colour())
                .append(band.inclusive() ? ">=" : ">")
                .append(band.from()));
        return scale.toString();
    }
}
