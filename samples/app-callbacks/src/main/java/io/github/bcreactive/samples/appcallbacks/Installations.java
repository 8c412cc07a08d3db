package io.github.bcreactive.samples.appcallbacks;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * The stores the app is installed on, with their tokens and the users who may open it. Kept in memory for the
 * sample; a real app keeps the tokens in a database (encrypted), since BigCommerce sends them only once.
 */
@Component
public final class Installations {

    private final ConcurrentMap<String, Installation> byStore = new ConcurrentHashMap<>();

    /**
     * Records an install (or a re-install, which brings a new token).
     *
     * @param storeHash the store
     * @param accessToken its token
     * @param ownerId the user who installed, who may open the app
     */
    public void install(String storeHash, String accessToken, long ownerId) {
        Installation installation = new Installation(accessToken, ConcurrentHashMap.newKeySet());
        installation.users().add(ownerId);
        byStore.put(storeHash, installation);
    }

    /**
     * The store's install, if the app is installed there.
     *
     * @param storeHash the store
     * @return the install
     */
    public Optional<Installation> find(String storeHash) {
        return Optional.ofNullable(byStore.get(storeHash));
    }

    /**
     * Forgets a store and its token.
     *
     * @param storeHash the store
     * @return whether the app was installed there
     */
    public boolean uninstall(String storeHash) {
        return byStore.remove(storeHash) != null;
    }

    /**
     * One store's install.
     *
     * @param accessToken the store's token; never shown
     * @param users the users who may open the app
     */
    public record Installation(String accessToken, Set<Long> users) {

        @Override
        public String toString() {
            return "Installation[users=" + users + "]";
        }
    }
}
