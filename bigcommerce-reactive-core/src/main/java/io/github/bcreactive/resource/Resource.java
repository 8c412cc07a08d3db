package io.github.bcreactive.resource;

/**
 * A BigCommerce resource. What it can do is told by the capabilities it extends, as the Python client's mixins tell
 * it: {@link Listable}, {@link Gettable}, {@link Creatable}, {@link Updatable}, {@link Deletable},
 * {@link CollectionDeletable}, {@link Countable}, {@link Singleton} and the batch capabilities; the {@code Sub}
 * variants take the parent id first. Ids are typed ({@code Long} or {@code String}, as the spec declares each). A
 * resource is declared by a shared bundle of them ({@link ListOnly}, {@link ReadOnly}, {@link CreateOnly},
 * {@link Crud}, {@link FullCrud}, {@link WriteOnly}, {@link CreateDelete}, {@link ListAndDelete}, {@link BatchCrud},
 * {@link Singleton}, {@link UpdatableSingleton}, and the {@code Sub} bundles). An operation a resource lacks is not
 * a method of its type, so it does not compile:
 *
 * <pre>{@code
 * client.orders().statuses().iterAll();          // compiles: order statuses are listable
 * client.orders().statuses().create(status);     // does not compile: they are read-only
 * }</pre>
 *
 * <p>Every resource type has this one abstract method, so a resource is made from its endpoint:
 * {@code Endpoint.of(api, SPEC)::itself}. The endpoint is package-private, so only this package makes resources:
 * a class or a lambda elsewhere that claims to be one does not compile. Get resources from the client.
 *
 * @param <T> the item type
 */
public interface Resource<T> {

    /**
     * The declaration this resource is bound to: its path, version, model and paging style. Its type is
     * package-private: the capabilities run through it, and nothing outside this package can use or implement it.
     *
     * @return the endpoint
     */
    Endpoint<T> endpoint();
}
