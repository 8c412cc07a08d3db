/**
 * The resource kit and the domain resources: each resource is a declaration ({@link
 * io.github.bcreactive.resource.ResourceSpec}) whose type lists its capabilities ({@link
 * io.github.bcreactive.resource.Listable}, {@link io.github.bcreactive.resource.Creatable}, ...), so an operation a
 * resource lacks does not compile. The families ({@code Catalog}, {@code Orders}, ...) are the tables of resources;
 * {@code V2Resources} is the whole table of the Python client.
 */
package io.github.bcreactive.resource;
