package io.github.bcreactive.autoconfigure.observation;

/**
 * What the exchange filter learned about an attempt, kept in its observation's context for the convention.
 *
 * @param retryCause why the attempt was made ({@code none} for the first)
 * @param rateLimitWaited {@code true}, {@code false} or {@code unknown}
 */
record AttemptFacts(String retryCause, String rateLimitWaited) {

    static final AttemptFacts UNKNOWN = new AttemptFacts("unknown", "unknown");
}
