/** The GraphQL Admin API: {@link io.github.bcreactive.graphql.GraphQL} and its typed errors. */
package io.github.bcreactive.graphql;
