package io.github.bcreactive.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Jackson's decoder for a type where waiting is allowed, once per type, before a call decodes that type on
 * the event loop.
 *
 * <p>The first decode of a type builds its deserializer under a lock that Jackson's deserializer cache holds for
 * every type it builds. When many types decode for the first time at once, the event-loop threads park on that lock
 * (BlockHound reports it). So a call whose body type is new first builds the type's root decoder (and, on a
 * transport's first call, the {@code JsonNode} one that error bodies use) where waiting is allowed: in place when the
 * call is subscribed on such a thread (a caller's own thread), else on the scheduler given, Reactor's bounded-elastic
 * one; from then on the mapper finds the decoder in its lock-free root cache, and calls of
 * that type go straight to the event loop. Warming every model at build time would cost each client the hundreds of
 * generated models it may never read, and decoding every body off the event loop would cost every page a thread hop.
 */
final class DecoderWarmUp {

    /** Types remembered per mapper at most; beyond it a new type still warms, it is just not remembered. */
    private static final int MAX_TYPES = 10_000;

    private final JsonMapper mapper;
    private final Scheduler scheduler;
    private final JavaType json;
    private final Set<JavaType> warm = ConcurrentHashMap.newKeySet();

    DecoderWarmUp(JsonMapper mapper, Scheduler scheduler) {
        this.mapper = mapper;
        this.scheduler = scheduler;
        this.json = mapper.constructType(JsonNode.class);
    }

    /**
     * A call that starts once the types' decoders are built: the call itself when they are, else the call after the
     * missing ones are built on the scheduler.
     */
    <R> Mono<R> after(Mono<R> call, JavaType... types) {
        if (isWarm(json) && areWarm(types)) {
            return call;
        }
        return Mono.defer(() -> {
            if (Schedulers.isInNonBlockingThread()) {
                return Mono.fromRunnable(() -> build(types)).subscribeOn(scheduler).then(call);
            }
            build(types); // subscribed where waiting is allowed: no hop needed
            return call;
        });
    }

    private void build(JavaType[] types) {
        build(json);
        for (JavaType type : types) {
            build(type);
        }
    }

    private boolean areWarm(JavaType[] types) {
        for (JavaType type : types) {
            if (!isWarm(type)) {
                return false;
            }
        }
        return true;
    }

    private boolean isWarm(JavaType type) {
        return warm.contains(type);
    }

    private void build(JavaType type) {
        if (isWarm(type)) {
            return;
        }
        try {
            // An ObjectReader fetches its root deserializer eagerly into the cache it shares with the mapper.
            mapper.readerFor(type);
        } catch (JacksonException e) {
            return; // the decode itself reports the type's problem, typed
        }
        if (warm.size() < MAX_TYPES) {
            warm.add(type);
        }
    }
}
