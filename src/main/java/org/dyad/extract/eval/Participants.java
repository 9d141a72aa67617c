package org.dyad.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;

import tools.jackson.databind.JsonNode;

/**
 * Scores the people of an article's meetings: each distinct (name, role, country) once. An expected
 * participant is found when a participant of the same role and country has the same name, or a name
 * that {@link NameKeys} takes for the same (a transliteration, another spelling); an expected title
 * without a name ("his Indian counterpart", name null) is found by any participant of that role and
 * country.
 */
final class Participants {

    private record Person(String name, String role, String country) {

        String key() {
            return (name == null ? "(unnamed)" : name) + "/" + role + "/" + country;
        }
    }

    private Participants() {
    }

    static Score compare(String article, JsonNode expected, ParsedArticle got, List<String> misses) {
        Set<Person> want = new LinkedHashSet<>();
        for (JsonNode m : expected.get("meetings")) {
            for (JsonNode p : m.get("participants")) {
                want.add(new Person(text(p.get("name_en")), text(p.get("role")), text(p.get("country"))));
            }
        }
        Set<Person> have = new LinkedHashSet<>();
        got.meetings().forEach(m -> m.participants().forEach(p -> have.add(person(p))));
        List<Person> left = new ArrayList<>(have);
        int tp = 0;
        List<Person> missed = new ArrayList<>();
        // named people first, so that an unnamed title takes only what no name claimed
        List<Person> ordered = new ArrayList<>(want.stream().filter(p -> p.name() != null).toList());
        ordered.addAll(want.stream().filter(p -> p.name() == null).toList());
        for (Person w : ordered) {
            Person match = left.stream().filter(h -> same(w, h)).findFirst().orElse(null);
            if (match != null) {
                left.remove(match);
                tp++;
            } else {
                missed.add(w);
            }
        }
        missed.forEach(w -> misses.add(article + ": missed participant " + w.key()));
        left.forEach(h -> misses.add(article + ": extra participant " + h.key()));
        return new Score(tp, have.size(), want.size());
    }

    private static Person person(Participant p) {
        return new Person(p.nameEn(), p.role(), p.country());
    }

    private static boolean same(Person want, Person have) {
        if (!java.util.Objects.equals(want.role(), have.role()) || !java.util.Objects.equals(want.country(), have.country())) {
            return false;
        }
        if (want.name() == null) {
            return true;
        }
        return have.name() != null && NameKeys.same(want.name(), have.name());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
