package io.github.bcreactive.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.bcreactive.BigCommerceClient;

/**
 * The clients of the stores configured under {@code bigcommerce.stores.<name>}, by name, in the order configured.
 * They share one connection pool and one rate limiter.
 *
 * <pre>{@code
 * BigCommerceClient eu = stores.get("eu");
 * Flux.fromIterable(stores.asMap().values()).flatMap(c -> c.catalog().brands().iterAll().count());
 * }</pre>
 */
public final class BigCommerceStores {

    private final Map<String, BigCommerceClient> clients;

    /**
     * Creates the registry.
     *
     * @param clients the clients by store name; iteration order is kept
     */
    public BigCommerceStores(Map<String, BigCommerceClient> clients) {
        Objects.requireNonNull(clients, "'clients' cannot be null.");
        this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
    }

    /**
     * The client of a store.
     *
     * @param name the store's name, as in {@code bigcommerce.stores.<name>}
     * @return the client
     * @throws IllegalArgumentException when no store has that name
     */
    public BigCommerceClient get(String name) {
        Objects.requireNonNull(name, "'name' cannot be null.");
        BigCommerceClient client = clients.get(name);
        if (client == null) {
            throw new IllegalArgumentException("No store named '" + name + "' is configured under "
                    + "'bigcommerce.stores'; configured: " + clients.keySet() + ".");
        }
        return client;
    }

    /**
     * The names of the configured stores.
     *
     * @return the names, in the order configured
     */
    public Set<String> names() {
        return clients.keySet();
    }

    /**
     * Every client by store name.
     *
     * @return an unmodifiable map, in the order configured
     */
    public Map<String, BigCommerceClient> asMap() {
        return clients;
    }

    @Override
    public String toString() {
        return "BigCommerceStores" + clients.keySet();
    }
}
