package org.geokg.extract;

/** PLACEHOLDER until its owner lands the real implementation. */
public abstract class RuleTextPreparer implements TextPreparer {
    public static RuleTextPreparer create() {
        throw new UnsupportedOperationException("RuleTextPreparer is not built yet");
    }
}
