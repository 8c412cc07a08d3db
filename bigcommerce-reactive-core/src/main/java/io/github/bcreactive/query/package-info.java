/** Query parameters: {@link io.github.bcreactive.query.Query}, formatted per API version. */
package io.github.bcreactive.query;
