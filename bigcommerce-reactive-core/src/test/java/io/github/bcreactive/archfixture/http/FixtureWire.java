package io.github.bcreactive.archfixture.http;

import io.github.bcreactive.archfixture.api.FixtureApi;

/** A deliberately wrong shape for {@code ArchitectureTest}: a wire that reaches up into the api layer. */
public final class FixtureWire {

    /**
     * Reaches up, which the architecture forbids, and closes a cycle.
     *
     * @return an api
     */
    public FixtureApi api() {
        return new FixtureApi();
    }
}
