package io.github.bcreactive.samples.catalogsync;

import reactor.core.publisher.Mono;

/**
 * Which worker syncs which store. One worker alone syncs every store ({@link #SOLO}); several workers share the
 * stores through {@link RedisStoreLeases}, so that each store is synced by one worker at a time.
 */
interface StoreLeases extends AutoCloseable {

    /** A lone worker: every store is its own, nothing is recorded. */
    StoreLeases SOLO = new StoreLeases() {
        @Override
        public Mono<Lease> acquire(String storeHash) {
            return Mono.just(Lease.NONE);
        }

        @Override
        public void close() {
        }
    };

    /**
     * Takes a store for this worker.
     *
     * @param storeHash the store
     * @return the lease, or empty when another worker holds the store or has synced it recently
     */
    Mono<Lease> acquire(String storeHash);

    /** Releases the connection, if any. */
    @Override
    void close();

    /** This worker's hold on one store while it syncs it. */
    interface Lease {

        /** The lease of a lone worker: nothing to renew or record. */
        Lease NONE = new Lease() {
            @Override
            public Mono<Boolean> renew() {
                return Mono.just(true);
            }

            @Override
            public Mono<Void> complete() {
                return Mono.empty();
            }

            @Override
            public Mono<Void> release() {
                return Mono.empty();
            }
        };

        /**
         * Extends the hold.
         *
         * @return false when the hold was lost (it expired and another worker took the store)
         */
        Mono<Boolean> renew();

        /** The store is synced: other workers skip it for the minimum interval. */
        Mono<Void> complete();

        /** The sync failed or stopped: another worker may take the store at once. */
        Mono<Void> release();
    }
}
