package vn.dxhub.sandbox;

/**
 * A percent indicator's figures as a source computes them: a denominator between two bounds, a share between two
 * bounds, the numerator that share gives, and the value rounded to one decimal. Drawn from a hash, so the same
 * (unit, quarter, indicator) always gives the same figures in every simulator page and format.
 */
record SimulatedShare(long numerator, long denominator) {

    static SimulatedShare draw(long hash, double lowPercent, double highPercent, long minDenominator, long maxDenominator) {
        long denominator = minDenominator + Mix.below(Mix.salt(hash, 1), (int) (maxDenominator - minDenominator + 1));
        double share = lowPercent + (highPercent - lowPercent) * Mix.fraction(Mix.salt(hash, 2));
        return new SimulatedShare(Math.round(denominator * share / 100), denominator);
    }

    /** The value as the source writes it: one decimal with a decimal comma ("87,5"). */
    String value() {
        return VnFormat.decimal1(Math.round(numerator * 1000.0 / denominator) / 10.0);
    }

    /** A numerator the source could not have counted: above its denominator. */
    long impossibleNumerator() {
        return denominator + 1 + denominator / 10;
    }
}
