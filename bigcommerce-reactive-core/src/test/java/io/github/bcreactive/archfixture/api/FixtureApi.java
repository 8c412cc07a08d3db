package io.github.bcreactive.archfixture.api;

import io.github.bcreactive.archfixture.http.FixtureWire;

/** A deliberately wrong shape for {@code ArchitectureTest}: the api layer, used by the wire below it. */
public final class FixtureApi {

    /**
     * Uses the wire, as an api layer may.
     *
     * @return the wire
     */
    public FixtureWire wire() {
        return new FixtureWire();
    }
}
