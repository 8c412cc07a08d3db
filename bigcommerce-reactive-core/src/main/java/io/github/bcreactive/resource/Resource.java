package io.github.bcreactive.resource;

/**
 * A BigCommerce resource. What it can do is told by the capabilities it extends, as the Python client's mixins tell
 * it: {@link Listable}, {@link Gettable}, {@link Creatable}, {@link Updatable}, {@link Deletable},
 * {@link CollectionDeletable}, {@link Countable}, {@link Singleton} and the batch capabilities; the {@code Sub}
 * variants take the parent id first. An operation a resource lacks is not a method of its type, so it does not
 * compile:
 *
 * <pre>{@code
 * client.v2().orderStatuses().iterAll();          // compiles: order statuses are listable
 * client.v2().orderStatuses().create(status);     // does not compile: they are read-only
 * }</pre>
 *
 * <p>Every resource type has this one abstract method, so a resource is made from its endpoint:
 * {@code Endpoint.of(api, SPEC)::itself}.
 *
 * @param <T> the item type
 */
public interface Resource<T> {

    /**
     * The declaration this resource is bound to: its path, version, model and paging style.
     *
     * @return the endpoint
     */
    Endpoint<T> endpoint();
}
