/**
 * Storefront API tokens: {@link io.github.bcreactive.storefront.StorefrontTokens} creates storefront, private and
 * customer-impersonation tokens and revokes them; {@link io.github.bcreactive.storefront.StorefrontToken} holds one
 * without ever showing it.
 */
package io.github.bcreactive.storefront;
