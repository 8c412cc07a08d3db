/**
 * The BigCommerce app flow: {@link io.github.bcreactive.auth.BigCommerceApp} exchanges an install's code for an
 * access token, verifies what BigCommerce sends the app ({@code signed_payload_jwt}, the legacy
 * {@code signed_payload}, current-customer JWTs) and signs customer-login JWTs. JWTs go through jjwt with a Jackson 3
 * JSON binding and HMAC algorithms that accept BigCommerce's 248-bit client secrets.
 */
package io.github.bcreactive.auth;
