package org.dyad.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadFacts.Level;
import org.dyad.analytics.DyadFacts.MeetingCount;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meetings per quarter, stacked by kind, with a line for those at head-of-state level. Each bar
 * segment carries its meetings' fact ids, so a click opens the evidence.
 */
public final class MeetingsChartOption {

    static final List<String> KINDS = List.of("state_visit", "official_visit", "working_visit", "talks", "summit",
            "sidelines_meeting", "reception", "phone_call", "video_call", "other");
    private static final Map<String, String> COLORS = Map.of(
            "state_visit", "#1b4f9c", "official_visit", "#2f6fdf", "working_visit", "#7aa6ef", "talks", "#2aa198",
            "summit", "#9b59b6", "sidelines_meeting", "#c39bd3", "reception", "#e0a100", "phone_call", "#e8710a",
            "video_call", "#f5b041", "other", "#95a5a6");

    private MeetingsChartOption() {
    }

    public static ObjectNode build(DyadFacts facts, String nameA, String nameB, Locale locale) {
        if (facts.meetingCounts().isEmpty()) {
            return Options.empty(ChartText.get("noMeetings", locale, nameA, nameB, facts.fromYear(), facts.toYear()));
        }
        List<String> quarters = new ArrayList<>();
        for (int y = facts.fromYear(); y <= facts.toYear(); y++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(ChartText.get("quarter", locale, q, y));
            }
        }
        Map<String, int[]> byKind = new LinkedHashMap<>();
        int[] headOfState = new int[quarters.size()];
        for (MeetingCount c : facts.meetingCounts()) {
            int index = (c.year() - facts.fromYear()) * 4 + c.quarter() - 1;
            if (index < 0 || index >= quarters.size()) {
                continue;
            }
            byKind.computeIfAbsent(c.kind(), k -> new int[quarters.size()])[index] += c.count();
            if (c.level() == Level.HEAD_OF_STATE) {
                headOfState[index] += c.count();
            }
        }
        ObjectNode option = Options.base("dyad-meetings-" + facts.a() + "-" + facts.b());
        List<String> legend = new ArrayList<>();
        ArrayNode series = option.putArray("series");
        for (String kind : KINDS) {
            int[] counts = byKind.get(kind);
            if (counts == null) {
                continue;
            }
            String name = ChartText.get(kind, locale);
            legend.add(name);
            ObjectNode s = series.addObject();
            s.put("type", "bar").put("name", name).put("stack", "meetings").put("color", COLORS.get(kind));
            s.putObject("emphasis").put("focus", "series");
            ArrayNode data = s.putArray("data");
            for (int i = 0; i < quarters.size(); i++) {
                if (counts[i] == 0) {
                    data.addNull();
                    continue;
                }
                ObjectNode item = Options.item(data, List.of(), List.of(quarters.get(i) + " · " + name + ": " + counts[i]));
                item.put("value", counts[i]);
                ref(item, facts.fromYear(), i).put("kind", kind);
            }
        }
        String hos = ChartText.get("headOfState", locale);
        legend.add(hos);
        ObjectNode line = series.addObject();
        line.put("type", "line").put("name", hos).put("color", "#c0392b").put("symbol", "diamond")
                .put("symbolSize", 11).put("z", 5).put("connectNulls", false).put("showAllSymbol", true);
        line.putObject("lineStyle").put("width", 0);
        ArrayNode lineData = line.putArray("data");
        for (int i = 0; i < quarters.size(); i++) {
            if (headOfState[i] == 0) {
                lineData.addNull(); // a marker only where head-of-state meetings happened
            } else {
                ObjectNode item = Options.item(lineData, List.of(), List.of(quarters.get(i) + " · " + hos + ": " + headOfState[i]));
                item.put("value", headOfState[i]);
                ref(item, facts.fromYear(), i).put("level", "head_of_state");
            }
        }
        Options.legend(option, legend);
        Options.categoryOverValue(option, quarters).put("minInterval", 1);
        return option;
    }

    /**
     * What a click on an item asks for: the meetings of its quarter (from, to), narrowed to a kind or
     * level. The ids are fetched then, not shipped with the chart.
     */
    private static ObjectNode ref(ObjectNode item, int fromYear, int quarterIndex) {
        LocalDate start = LocalDate.of(fromYear + quarterIndex / 4, (quarterIndex % 4) * 3 + 1, 1);
        ObjectNode ref = item.putObject("ref");
        ref.put("from", start.toString()).put("to", start.plusMonths(3).minusDays(1).toString());
        return ref;
    }

    static int quarterIndex(LocalDate date, int fromYear) {
        if (date == null) {
            return -1;
        }
        return (date.getYear() - fromYear) * 4 + (date.getMonthValue() - 1) / 3;
    }
}
