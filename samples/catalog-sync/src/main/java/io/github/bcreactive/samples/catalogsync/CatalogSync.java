package io.github.bcreactive.samples.catalogsync;

import java.nio.file.Path;
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

    static final String PRODUCTS_PATH = "/catalog/products";

    private final Path dataDir;
    private final boolean full;
    private final JsonMapper mapper;

    CatalogSync(Path dataDir, boolean full, JsonMapper mapper) {
        this.dataDir = dataDir;
        this.full = full;
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
     * Syncs every store at once. A store that fails is reported in its progress; the others go on.
     *
     * @return completes when every store is done or failed
     */
    Mono<Void> run(Map<String, BigCommerceClient> stores, List<StoreProgress> progress) {
        return Flux.fromIterable(progress)
                .flatMap(store -> sync(stores.get(store.name()), store), Math.max(1, progress.size()))
                .then();
    }

    private Mono<Void> sync(BigCommerceClient client, StoreProgress progress) {
        NdjsonCatalog catalog = catalog(progress.storeHash());
        Optional<OffsetDateTime> watermark = watermark(progress.storeHash());
        Query.Builder query = Query.builder().include("variants").sort("id", Direction.ASC);
        watermark.ifPresent(since -> query.min("date_modified", since));
        return Mono.<Void, NdjsonCatalog.Run>usingWhen(
                        Mono.fromCallable(() -> catalog.start(watermark.isPresent()))
                                .subscribeOn(Schedulers.boundedElastic()),
                        run -> client.v3().getMany(PRODUCTS_PATH, query.build()).byPage()
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
                .doOnCancel(progress::stopped)
                .onErrorResume(error -> {
                    progress.failed(error);
                    return Mono.empty();
                });
    }

    private Optional<OffsetDateTime> watermark(String storeHash) {
        return full ? Optional.empty() : catalog(storeHash).watermark();
    }

    private NdjsonCatalog catalog(String storeHash) {
        return new NdjsonCatalog(dataDir.resolve(storeHash), mapper);
    }
}
