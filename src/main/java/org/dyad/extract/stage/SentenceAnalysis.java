package org.dyad.extract.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dyad.extract.stage.Triggers.Signal;
import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.money.MoneyMention;
import org.dyad.extract.people.OpenNames;
import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Sentence;
import org.dyad.extract.text.Token;
import org.dyad.extract.time.DateMention;

/**
 * What the stages know of one sentence: built by {@link SentenceStage} (tokens, gazetteer matches,
 * dates, amounts, cues), filled by {@link PeopleStage} (people, countries), read by the others.
 * Belongs to one parse; not shared between threads.
 */
public final class SentenceAnalysis {
    NormalizedText nt;
    String lang;
    Sentence sentence;
    List<Token> tokens;
    List<Match> matches;
    List<DateMention> dates;
    List<MoneyMention> money;
    Set<Signal> signals;
    /** The indexes of the tokens that are meeting cues, in order. */
    final List<Integer> cues = new ArrayList<>();
    final List<PersonRef> people = new ArrayList<>();
    final List<CountryRef> countries = new ArrayList<>();
    final List<OpenNames.Name> openNames = new ArrayList<>();
    /** People the sentence designates by a title alone, resolved to the office's holder on the day. */
    final Set<PersonRef> byTitle = new HashSet<>();
    /** People named without a title here, whose role is the office they held on the day. */
    final Set<PersonRef> roleFromTerms = new HashSet<>();
    /** A title with no country and no name ("جلالة الملك", "the President"): its tokens and role. */
    record BareTitle(int firstToken, int endToken, String role, boolean leading) {

        /** A head of state, government or diplomacy named by title alone as a sentence's subject ("The Prime Minister spoke to …"). */
        boolean headOfTheReadout() {
            return leading && Set.of("president", "prime_minister", "monarch", "foreign_minister").contains(role);
        }
    }

    final List<BareTitle> bareTitles = new ArrayList<>();

    /** A person named after a title that gives no country, placed once the whole article is read. */
    record Unplaced(OpenNames.Name name, String role, Match title) {}

    final List<Unplaced> unplaced = new ArrayList<>();
    boolean[] known;
    /** Where a byline begins: the sentence repeats an earlier one (the title) and then names its author. */
    int bylineFrom = Integer.MAX_VALUE;

    public Sentence sentence() {
        return sentence;
    }

    public List<DateMention> dates() {
        return List.copyOf(dates);
    }

    public Set<Signal> signals() {
        return Set.copyOf(signals);
    }

    /** The people of the sentence, in order, once {@link PeopleStage} has run. */
    public List<PersonRef> people() {
        return List.copyOf(people);
    }

    /** The countries of the sentence, in order, once {@link PeopleStage} has run. */
    public List<CountryRef> countries() {
        return List.copyOf(countries);
    }
}
