package org.dyad.extract.eval;

/** Counts of one field: true positives, predicted, expected; precision, recall and F1 from them. */
public record Score(int truePositives, int predicted, int expected) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }

    /** 1.0 when nothing was predicted (nothing can be wrong). */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** 1.0 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
