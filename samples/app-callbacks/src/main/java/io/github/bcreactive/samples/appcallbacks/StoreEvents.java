package io.github.bcreactive.samples.appcallbacks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.bcreactive.autoconfigure.webhooks.WebhookHandler;
import io.github.bcreactive.webhooks.WebhookData;
import io.github.bcreactive.webhooks.WebhookEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The app's webhook handler: the starter's endpoint ({@code POST /bigcommerce/webhooks}) calls it with verified,
 * new events only, after it has answered BigCommerce. It keeps the last {@value #KEPT} events (a real app would
 * re-read the changed object and sync it), and forgets a store when BigCommerce reports the app uninstalled.
 */
@Component
public final class StoreEvents implements WebhookHandler {

    /** How many recent events are kept. */
    static final int KEPT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(StoreEvents.class);

    private final Installations installations;
    private final Deque<Received> recent = new ArrayDeque<>();

    /**
     * One event as the app saw it.
     *
     * @param storeHash the store
     * @param scope the event
     * @param id the object's id, when the data names one; else -1
     */
    public record Received(String storeHash, String scope, long id) {
    }

    /**
     * Creates the handler.
     *
     * @param installations the installs, forgotten on {@code store/app/uninstalled}
     */
    public StoreEvents(Installations installations) {
        this.installations = installations;
    }

    @Override
    public Mono<Void> handle(WebhookEvent event) {
        return Mono.fromRunnable(() -> {
            LOG.info("{} from store {}", event.scope(), event.storeHash());
            if ("store/app/uninstalled".equals(event.scope())) {
                installations.uninstall(event.storeHash());
            }
            Received received = new Received(event.storeHash(), event.scope(), idOf(event.data()));
            synchronized (recent) {
                recent.addLast(received);
                if (recent.size() > KEPT) {
                    recent.removeFirst();
                }
            }
        });
    }

    /**
     * The recent events, oldest first.
     *
     * @return a snapshot
     */
    public List<Received> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private static long idOf(WebhookData data) {
        Long id = null;
        if (data instanceof WebhookData.Product product) {
            id = product.id();
        } else if (data instanceof WebhookData.Order order) {
            id = order.id();
        } else if (data instanceof WebhookData.Customer customer) {
            id = customer.id();
        }
        return id == null ? -1 : id;
    }
}
