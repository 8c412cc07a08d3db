/**
 * The app-callbacks sample: a BigCommerce app's {@code /auth}, {@code /load}, {@code /uninstall} and
 * {@code /remove_user} on WebFlux, with the starter's {@code BigCommerceApp}.
 */
package io.github.bcreactive.samples.appcallbacks;
