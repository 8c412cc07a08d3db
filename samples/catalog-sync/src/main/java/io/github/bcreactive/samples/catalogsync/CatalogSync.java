package io.github.bcreactive.samples.catalogsync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.query.Direction;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams every store's products, with their variants, into its {@link NdjsonCatalog}, all stores at once. A store
 * with a completed earlier run gets only the products modified since ({@code date_modified:min}). Each store's copy
 * is keyed by its store hash, not its configured name: a name that now points at another store starts a full sync
 * into a fresh directory instead of merging two stores' products.
 */
final class CatalogSync {

    private final Path dataDir;
    private final boolean full;
    private final int concurrentStores;
    private final StoreLeases leases;
    private final Duration renewEvery;
    private final JsonMapper mapper;

    CatalogSync(CatalogSyncProperties properties, StoreLeases leases, JsonMapper mapper) {
        this.dataDir = properties.dataDir();
        this.full = properties.full();
        this.concurrentStores = properties.concurrentStores();
        this.leases = leases;
        this.renewEvery = properties.workers().leaseTime().dividedBy(3);
        this.mapper = mapper;
    }

    /** The progress of each store's sync, created before the sync starts so the display can show it. */
    List<StoreProgress> plan(Map<String, BigCommerceClient> stores) {
        return stores.entrySet().stream()
                .map(store -> new StoreProgress(store.getKey(), store.getValue().storeHash(),
                        watermark(store.getValue().storeHash()).isPresent()))
                .toList();
    }

    /**
     * Syncs the stores, {@code concurrentStores} at a time, each one this worker can lease. A store that fails is
     * reported in its progress; the others go on.
     *
     * @return completes when every store is done, failed or skipped
     */
    Mono<Void> run(Map<String, BigCommerceClient> stores, List<StoreProgress> progress) {
        return Flux.fromIterable(progress)
                .flatMap(store -> leased(stores.get(store.name()), store), concurrentStores)
                .then();
    }

    /** Syncs the store under this worker's lease, renewed as it goes; skips it when another worker has it. */
    private Mono<Void> leased(BigCommerceClient client, StoreProgress progress) {
        return leases.acquire(progress.storeHash())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(lease -> lease.isEmpty()
                        ? Mono.fromRunnable(progress::skipped)
                        : Mono.usingWhen(Mono.just(lease.get()),
                                held -> Mono.firstWithSignal(sync(client, progress), lost(held)),
                                StoreLeases.Lease::complete,
                                (held, error) -> held.release(),
                                StoreLeases.Lease::release))
                .onErrorResume(error -> {
                    progress.failed(error);
                    return Mono.empty();
                });
    }

    /** Never signals while the lease is renewed; fails the sync when the lease was lost to another worker. */
    private Mono<Void> lost(StoreLeases.Lease lease) {
        return Flux.interval(renewEvery)
                .concatMap(tick -> lease.renew())
                .filter(renewed -> !renewed)
                .next()
                .then(Mono.error(() -> new IllegalStateException("the store's lease was lost to another worker")));
    }

    private Mono<Void> sync(BigCommerceClient client, StoreProgress progress) {
        NdjsonCatalog catalog = catalog(progress.storeHash());
        Optional<OffsetDateTime> watermark = watermark(progress.storeHash());
        Query.Builder query = Query.builder().include("variants").sort("id", Direction.ASC);
        watermark.ifPresent(since -> query.min("date_modified", since));
        return Mono.<Void, NdjsonCatalog.Run>usingWhen(
                        Mono.fromCallable(() -> catalog.start(watermark.isPresent()))
                                .subscribeOn(Schedulers.boundedElastic()),
                        run -> client.catalog().products().iterAll(query.build()).byPage()
                                .publishOn(Schedulers.boundedElastic())
                                .doOnNext(page -> {
                                    page.items().forEach(run::write);
                                    progress.page(page);
                                })
                                .then(Mono.<Void>fromRunnable(() -> run.commit(watermark))),
                        run -> Mono.fromRunnable(run::close),
                        (run, error) -> Mono.fromRunnable(run::close),
                        run -> Mono.fromRunnable(run::close))
                .doOnSuccess(done -> progress.done())
                .doOnCancel(progress::stopped);
    }

    private Optional<OffsetDateTime> watermark(String storeHash) {
        return full ? Optional.empty() : catalog(storeHash).watermark();
    }

    private NdjsonCatalog catalog(String storeHash) {
        return new NdjsonCatalog(dataDir.resolve(storeHash), mapper);
    }
}
